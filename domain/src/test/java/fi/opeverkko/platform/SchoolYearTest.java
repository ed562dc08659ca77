package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchoolYearTest {

  @Test
  @DisplayName("A school year runs from 1 August to 31 July")
  void runsFromAugustToJuly() {
    SchoolYear year = new SchoolYear(2026);

    assertEquals(LocalDate.of(2026, 8, 1), year.firstDay());
    assertEquals(LocalDate.of(2027, 7, 31), year.lastDay());
    assertEquals("2026\u20132027", year.label());
  }

  @Test
  @DisplayName("31 July belongs to the year that is ending, 1 August to the next")
  void containingSplitsOnFirstOfAugust() {
    assertEquals(new SchoolYear(2025), SchoolYear.containing(LocalDate.of(2026, 7, 31)));
    assertEquals(new SchoolYear(2026), SchoolYear.containing(LocalDate.of(2026, 8, 1)));
    assertEquals(new SchoolYear(2026), SchoolYear.containing(LocalDate.of(2026, 11, 23)));
    assertEquals(new SchoolYear(2026), SchoolYear.containing(LocalDate.of(2027, 1, 2)));
  }

  @Test
  @DisplayName("The next school year follows on the day after the last day")
  void nextFollowsOn() {
    SchoolYear year = new SchoolYear(2026);
    assertEquals(year.lastDay().plusDays(1), year.next().firstDay());
  }

  @Test
  void refusesNonsenseYears() {
    assertThrows(IllegalArgumentException.class, () -> new SchoolYear(1899));
  }
}
