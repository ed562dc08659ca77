package fi.opeverkko.reporting;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.util.List;

/**
 * A round's results grouped one way, limited to what the reader may see.
 *
 * @param cityCode the city the figures are limited to, or null for every city
 * @param cityName its name, or null for every city
 */
@Published
public record SurveyResults(
    RoundRow round,
    Grouping grouping,
    String cityCode,
    LocalizedName cityName,
    List<GroupResult> groups)
    implements Serializable {

  public SurveyResults {
    groups = List.copyOf(groups);
  }
}
