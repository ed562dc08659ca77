package fi.opeverkko.courses;

import fi.opeverkko.competence.Level;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * A course in the catalogue.
 *
 * @param organiser the organising team's name; {@code null} for the central unit
 * @param given the places given
 * @param waiting the length of the waitlist
 */
@Published
public record CourseRow(
    Long id,
    LocalizedName name,
    TeachingLanguage language,
    Level level,
    LocalizedName organiser,
    LocalDate firstDay,
    LocalDate lastDay,
    Set<SessionKind> formats,
    LocalDate signUpCloses,
    boolean approvalNeeded,
    Integer priceCents,
    int capacity,
    long given,
    long waiting)
    implements Serializable {

  public long free() {
    return Math.max(0, capacity - given);
  }
}
