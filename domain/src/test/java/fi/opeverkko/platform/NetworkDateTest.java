package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NetworkDateTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  @DisplayName("A mistyped year before the network or years ahead is no date of the network's work")
  void outsideTheWindow() {
    assertFalse(NetworkDate.Check.within(LocalDate.of(1900, 1, 1), TODAY));
    assertFalse(NetworkDate.Check.within(LocalDate.of(2000, 7, 31), TODAY));
    assertFalse(NetworkDate.Check.within(LocalDate.of(2029, 8, 1), TODAY), "three school years on");
    assertFalse(NetworkDate.Check.within(LocalDate.of(2206, 1, 1), TODAY));
  }

  @Test
  @DisplayName("Today, last year and the school year after next are days of the network's work")
  void insideTheWindow() {
    assertTrue(NetworkDate.Check.within(TODAY, TODAY));
    assertTrue(NetworkDate.Check.within(LocalDate.of(2025, 8, 1), TODAY));
    assertTrue(NetworkDate.Check.within(LocalDate.of(2029, 7, 31), TODAY));
    assertTrue(NetworkDate.Check.within(SchoolYear.FIRST.firstDay(), TODAY));
  }

  @Test
  @DisplayName("As a constraint it refuses a date outside the window and leaves null to @NotNull")
  void nullIsLeftToNotNull() {
    assertTrue(new NetworkDate.Check().isValid(null, null));
    assertFalse(new NetworkDate.Check().isValid(LocalDate.of(1900, 1, 1), null));
  }
}
