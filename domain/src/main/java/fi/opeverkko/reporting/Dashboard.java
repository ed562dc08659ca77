package fi.opeverkko.reporting;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The target dashboard of a school year: a row per group, the total of the groups, and the trend
 * term by term over this school year and the one before.
 *
 * @param cityCode the city the figures are limited to, or null for the network
 * @param cityName its name, or null for the network
 * @param countedAt when the figures were counted (a page may show a dashboard counted minutes ago)
 */
@Published
public record Dashboard(
    SchoolYear year,
    Grouping grouping,
    String cityCode,
    LocalizedName cityName,
    List<DashboardRow> rows,
    DashboardRow total,
    List<TermFigures> trend,
    LocalDateTime countedAt)
    implements Serializable {

  public Dashboard {
    rows = List.copyOf(rows);
    trend = List.copyOf(trend);
  }
}
