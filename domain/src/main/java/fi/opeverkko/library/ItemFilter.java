package fi.opeverkko.library;

import fi.opeverkko.network.SchoolType;
import fi.opeverkko.platform.Published;
import java.io.Serializable;

/**
 * What the reader searches for: words found in any title or summary (every word, in any language),
 * and the filters; {@code null} or blank for no condition.
 */
@Published
public record ItemFilter(
    String text,
    DevelopmentArea area,
    PracticeKind kind,
    Integer level,
    SchoolType schoolType,
    String subject,
    String ageGroup)
    implements Serializable {

  public static ItemFilter none() {
    return new ItemFilter(null, null, null, null, null, null, null);
  }
}
