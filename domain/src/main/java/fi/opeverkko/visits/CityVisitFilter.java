package fi.opeverkko.visits;

import fi.opeverkko.network.SchoolType;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Map;

/**
 * What a coordinator narrows the city's visits to; null parts match anything.
 *
 * @param cityCode the coordinator's city
 * @param status the visits' status
 * @param teamId the team
 * @param schoolType the kind of school
 * @param month the month the request was made in
 */
public record CityVisitFilter(
    String cityCode, VisitStatus status, Long teamId, SchoolType schoolType, YearMonth month)
    implements Serializable {

  /** Whether nothing but the status narrows the visits, so the city's counts by status tell. */
  public boolean byStatusAlone() {
    return teamId == null && schoolType == null && month == null;
  }

  /**
   * How many visits match, read from the city's sent visits counted by status (only when {@link
   * #byStatusAlone()}): the page shows those counts anyway, and a second count over the whole
   * city's visits would add nothing.
   */
  public long countIn(Map<VisitStatus, Long> sentByStatus) {
    if (!byStatusAlone()) {
      throw new IllegalStateException("the filter narrows by more than the status");
    }
    return status == null
        ? sentByStatus.values().stream().mapToLong(Long::longValue).sum()
        : sentByStatus.getOrDefault(status, 0L);
  }
}
