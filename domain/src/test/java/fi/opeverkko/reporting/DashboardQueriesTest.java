package fi.opeverkko.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.opeverkko.platform.SchoolYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DashboardQueriesTest {

  private static final SchoolYear CURRENT = new SchoolYear(2026);

  private static String refusal(int startYear) {
    return assertThrows(
            ReportingRuleException.class,
            () -> DashboardQueries.requireCounted(new SchoolYear(startYear), CURRENT))
        .messageKey();
  }

  @Test
  @DisplayName("A dashboard is counted from 2001–2002 to two school years ahead, no other year")
  void countedForYearsWithFigures() {
    for (int startYear : new int[] {2001, 2025, 2026, 2027, 2028}) {
      DashboardQueries.requireCounted(new SchoolYear(startYear), CURRENT);
    }
    // 2000 has no year before it to compare with: its trend would ask for 1999.
    assertEquals("dashboard.noSuchYear", refusal(2000));
    assertEquals("dashboard.noSuchYear", refusal(2029));
    assertEquals("dashboard.noSuchYear", refusal(2100));
  }
}
