package fi.opeverkko.reporting;

import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboards as counted within the last {@link #FRESH_FOR}, by school year, grouping and city,
 * for the dashboard page. A dashboard counts two years of a whole city's staff, badges, visits,
 * activity logs and courses (nine queries, seconds at metro scale under load), and many readers
 * open the same few; figures for the city board need not be newer than minutes, and the page says
 * when they were counted. Each reader's access is checked before anything kept is shown. The packs
 * and the in-container checks count afresh ({@link DashboardQueries}).
 */
@Published
@ApplicationScoped
public class RecentDashboards {

  static final Duration FRESH_FOR = Duration.ofMinutes(5);

  /**
   * The most dashboards kept at once: more than the page offers (years × groupings × cities), so
   * that addresses asking for any year cannot fill the memory.
   */
  private static final int MOST_KEPT = 200;

  private record Key(SchoolYear year, Grouping grouping, String cityCode) {}

  @Inject private DashboardQueries queries;
  @Inject private ReportingAccess access;
  @Inject private Clock clock;

  private final Map<Key, Dashboard> counted = new ConcurrentHashMap<>();

  /** As {@link DashboardQueries#dashboard}, counted at most {@link #FRESH_FOR} ago. */
  public Dashboard dashboard(
      @NotNull SchoolYear year, @NotNull Grouping grouping, String cityCode) {
    String city = access.requireDashboardReader(cityCode);
    Key key = new Key(year, grouping, city);
    Dashboard kept = counted.get(key);
    if (kept != null && isFresh(kept)) {
      return kept;
    }
    Dashboard fresh = queries.dashboard(year, grouping, city);
    counted.values().removeIf(old -> !isFresh(old));
    if (counted.size() >= MOST_KEPT) {
      counted.clear();
    }
    counted.put(key, fresh);
    return fresh;
  }

  private boolean isFresh(Dashboard dashboard) {
    return dashboard.countedAt().plus(FRESH_FOR).isAfter(clock.now());
  }
}
