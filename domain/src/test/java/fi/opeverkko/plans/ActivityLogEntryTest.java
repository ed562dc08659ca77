package fi.opeverkko.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.opeverkko.platform.SchoolYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityLogEntryTest {

  @ParameterizedTest(name = "{0} h = {1} min")
  @CsvSource({"0.25, 15", "1, 60", "1.5, 90", "0.3, 15", "0.4, 30", "2.13, 135", "12, 720"})
  void hoursAreKeptInWholeQuartersOfAnHour(String hours, int minutes) {
    assertEquals(minutes, ActivityLogEntry.toMinutes(new BigDecimal(hours)));
  }

  @ParameterizedTest(name = "{0} min = {1} h")
  @CsvSource({"15, 0.25", "90, 1.50", "135, 2.25", "0, 0.00"})
  void minutesReadBackAsHours(long minutes, String hours) {
    assertEquals(new BigDecimal(hours), ActivityLogEntry.toHours(minutes));
  }

  @Test
  void planDueAtTheEndOfSeptemberAndLateAfterItUnlessApproved() {
    SchoolYear year = new SchoolYear(2026);
    assertEquals(LocalDate.of(2026, 9, 30), TutorPlan.dueDate(year));
    assertEquals(false, TutorPlan.late(null, year, LocalDate.of(2026, 9, 30)));
    assertEquals(true, TutorPlan.late(null, year, LocalDate.of(2026, 10, 1)));
  }

  @ParameterizedTest(name = "{1} of {0} h = {2} %")
  @CsvSource({"10, 1.5, 15", "12, 3, 25", "4, 6, 150", "0, 2, 0"})
  void progressInWholePercent(String planned, String done, int percent) {
    assertEquals(percent, PlanProgress.percent(new BigDecimal(planned), new BigDecimal(done)));
  }
}
