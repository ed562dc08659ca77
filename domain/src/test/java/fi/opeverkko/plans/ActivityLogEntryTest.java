package fi.opeverkko.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.opeverkko.network.City;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.SchoolYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
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

  private static final School KALLIO =
      new School(
          new City("HELSINKI", new LocalizedName("Helsinki", "Helsingfors", "Helsinki")),
          "Kallion koulu",
          "Berghälls skola",
          SchoolType.COMPREHENSIVE,
          TeachingLanguage.FI,
          "Kalliontie 1");

  private static LogDetails doneOn(LocalDate day) {
    LogDetails details = new LogDetails();
    details.setRole(SchoolRole.TUTOR);
    details.setDoneOn(day);
    details.setHours(BigDecimal.ONE);
    details.setType(ActivityType.ONE_TO_ONE);
    details.setTopic("Classroom-työpaja");
    return details;
  }

  private static String refusal(ActivityLogEntry entry, LocalDate day) {
    return assertThrows(PlanRuleException.class, () -> entry.take(KALLIO, doneOn(day), null, null))
        .messageKey();
  }

  @Test
  @DisplayName("An entry of the 2026–2027 log is dated 1.8.2026–31.7.2027, never 1.6.2026")
  void entryDatedWithinItsLogsSchoolYear() {
    SchoolYear year = new SchoolYear(2026);
    ActivityLogEntry entry = new ActivityLogEntry(null, year, LocalDateTime.of(2026, 12, 2, 10, 0));
    assertEquals("log.outsideYear", refusal(entry, LocalDate.of(2026, 6, 1)));
    assertEquals("log.outsideYear", refusal(entry, LocalDate.of(2026, 7, 31)));
    assertEquals("log.outsideYear", refusal(entry, LocalDate.of(2027, 8, 1)));
    assertNull(entry.getDoneOn(), "nothing taken");

    entry.take(KALLIO, doneOn(LocalDate.of(2026, 8, 1)), null, null);
    entry.take(KALLIO, doneOn(LocalDate.of(2027, 7, 31)), null, null);
    assertEquals(year, entry.getSchoolYear());

    // Changed later, the entry stays in the log it was written in.
    assertEquals("log.outsideYear", refusal(entry, LocalDate.of(2026, 6, 1)));
    assertEquals(LocalDate.of(2027, 7, 31), entry.getDoneOn(), "the refused change took nothing");
  }
}
