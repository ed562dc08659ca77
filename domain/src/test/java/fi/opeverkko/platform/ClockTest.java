package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockTest {

  private final Clock november2026 =
      new Clock() {
        @Override
        public LocalDate today() {
          return LocalDate.of(2026, 11, 23);
        }
      };

  @Test
  void coordinatorsWorkOnThisAndNextSchoolYear() {
    assertEquals(
        List.of(new SchoolYear(2026), new SchoolYear(2027)), november2026.workableSchoolYears());
  }

  @Test
  void anyOtherYearFallsBackToTheCurrentOne() {
    assertEquals(new SchoolYear(2027), november2026.workableOrCurrent(2027));
    assertEquals(new SchoolYear(2026), november2026.workableOrCurrent(2025));
    assertEquals(new SchoolYear(2026), november2026.workableOrCurrent(null));
  }
}
