package fi.opeverkko.courses;

import fi.opeverkko.competence.Level;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Published;
import java.time.LocalDate;

/**
 * What a teacher narrows the catalogue by; every part optional ({@code null}: any).
 *
 * @param level the competence level
 * @param language the teaching language
 * @param from courses still running on or after this day
 * @param to courses starting on or before this day
 * @param format courses with a session of this kind
 * @param schoolType courses for this school type (or for every type)
 * @param role courses for this role (or for the whole staff)
 */
@Published
public record CourseFilter(
    Level level,
    TeachingLanguage language,
    LocalDate from,
    LocalDate to,
    SessionKind format,
    SchoolType schoolType,
    SchoolRole role) {

  /** The whole catalogue. */
  public static CourseFilter any() {
    return new CourseFilter(null, null, null, null, null, null, null);
  }
}
