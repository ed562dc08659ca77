package fi.opeverkko.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.network.SchoolType;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CityVisitFilterTest {

  private static final Map<VisitStatus, Long> SENT =
      Map.of(VisitStatus.SUBMITTED, 4L, VisitStatus.SCHEDULED, 7L, VisitStatus.CLOSED, 30L);

  @Test
  @DisplayName("Unfiltered or by status alone, the city's counts by status give the total")
  void byStatusAlone() {
    assertEquals(41, new CityVisitFilter("HELSINKI", null, null, null, null).countIn(SENT));
    assertEquals(
        7, new CityVisitFilter("HELSINKI", VisitStatus.SCHEDULED, null, null, null).countIn(SENT));
    assertEquals(
        0, new CityVisitFilter("HELSINKI", VisitStatus.DECLINED, null, null, null).countIn(SENT));
  }

  @Test
  @DisplayName("A team, a school type or a month needs a count of its own")
  void narrowerFilters() {
    CityVisitFilter byTeam = new CityVisitFilter("HELSINKI", null, 3L, null, null);
    CityVisitFilter byType =
        new CityVisitFilter("HELSINKI", null, null, SchoolType.values()[0], null);
    CityVisitFilter byMonth = new CityVisitFilter("HELSINKI", null, null, null, YearMonth.now());
    for (CityVisitFilter filter : new CityVisitFilter[] {byTeam, byType, byMonth}) {
      assertFalse(filter.byStatusAlone());
      assertThrows(IllegalStateException.class, () -> filter.countIn(SENT));
    }
    assertTrue(
        new CityVisitFilter("HELSINKI", VisitStatus.CLOSED, null, null, null).byStatusAlone());
  }
}
