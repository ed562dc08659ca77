package fi.opeverkko.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WeekTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);

  @Test
  @DisplayName("A week runs from Monday to Sunday; every day of it names the same week")
  void mondayToSunday() {
    for (int day = 0; day < 7; day++) {
      assertEquals(MONDAY, Week.of(MONDAY.plusDays(day)).monday());
    }
    assertEquals(MONDAY.atStartOfDay(), Week.of(MONDAY).start());
    assertEquals(MONDAY.plusDays(7).atStartOfDay(), Week.of(MONDAY).end());
  }

  @Test
  @DisplayName("Across the boundary: Sunday's bookings count in its own week, not the next one")
  void acrossTheBoundary() {
    LocalDate sunday = MONDAY.minusDays(1);
    Week previous = Week.of(sunday);
    Week week = Week.of(MONDAY);
    assertEquals(MONDAY.minusWeeks(1), previous.monday());
    assertEquals(previous.end(), week.start());
    assertTrue(previous.contains(sunday));
    assertFalse(week.contains(sunday));
    assertFalse(week.contains(MONDAY.plusWeeks(1)));
  }

  @Test
  @DisplayName("A week across New Year is one week")
  void acrossNewYear() {
    LocalDate monday = LocalDate.of(2026, 12, 28);
    assertEquals(monday, Week.of(LocalDate.of(2027, 1, 3)).monday());
    assertTrue(Week.of(monday).contains(LocalDate.of(2027, 1, 1)));
  }
}
