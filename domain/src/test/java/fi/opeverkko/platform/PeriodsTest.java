package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PeriodsTest {

  private static final LocalDate AUTUMN = LocalDate.of(2025, 8, 1);
  private static final LocalDate SPRING = LocalDate.of(2026, 1, 1);
  private static final LocalDate END = LocalDate.of(2026, 8, 1);

  @Test
  @DisplayName("Rows are kept from the first bound up to the last, each given its period's index")
  void sqlOfTwoTerms() {
    Periods terms = new Periods(List.of(AUTUMN, SPRING, END));
    assertEquals(2, terms.count());
    assertEquals("d >= DATE '2025-08-01' AND d < DATE '2026-08-01'", terms.within("d"));
    assertEquals("CASE WHEN d < DATE '2026-01-01' THEN 0 ELSE 1 END", terms.indexOf("d"));
  }

  @Test
  @DisplayName("One period is index 0 for every kept row")
  void onePeriod() {
    Periods year = new Periods(List.of(AUTUMN, END));
    assertEquals(1, year.count());
    assertEquals("0", year.indexOf("d"));
  }

  @Test
  @DisplayName("Periods must go forward and have an end")
  void refusesBoundsOutOfOrder() {
    assertThrows(IllegalArgumentException.class, () -> new Periods(List.of(AUTUMN)));
    assertThrows(IllegalArgumentException.class, () -> new Periods(List.of(END, AUTUMN)));
    assertThrows(IllegalArgumentException.class, () -> new Periods(List.of(AUTUMN, AUTUMN)));
  }

  @Test
  @DisplayName("A tally row by period: the index first, then the school's columns")
  void tallyRow() {
    PeriodTally tally = PeriodTally.of(new Object[] {1, 7L, 3L, java.math.BigDecimal.TEN});
    assertEquals(1, tally.period());
    assertEquals(new SchoolTally(7, 3, 10, 0), tally.tally());
  }
}
