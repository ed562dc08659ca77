package fi.opeverkko.courses;

import fi.opeverkko.competence.Level;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything a teacher needs to know of a course in one place, and where the signed-in user stands
 * on it.
 *
 * @param organiser the organising team's name; {@code null} for the central unit
 * @param city the only city whose staff may sign up (its name); {@code null}: every city
 * @param pooled whether it was pooled: the neighbouring cities' Swedish-speaking staff may join
 * @param given the places given
 * @param waiting the length of the waitlist
 * @param badges the names of the badges it leads toward
 * @param mine the signed-in user's own sign-up, while it is alive; {@code null} otherwise
 * @param organisable whether the signed-in user organises the course
 */
@Published
public record CourseCard(
    Long id,
    LocalizedName name,
    LocalizedText description,
    TeachingLanguage language,
    Set<SchoolType> schoolTypes,
    Set<SchoolRole> roles,
    Level level,
    LocalizedName organiser,
    LocalizedName city,
    boolean pooled,
    int capacity,
    int minimum,
    long given,
    long waiting,
    LocalDate signUpOpens,
    LocalDate signUpCloses,
    LocalDate decisionDate,
    boolean approvalNeeded,
    Integer priceCents,
    List<SessionDetails> sessions,
    List<LocalizedName> badges,
    OwnSignUp mine,
    boolean organisable)
    implements Serializable {

  public long free() {
    return Math.max(0, capacity - given);
  }

  /** Whether the sign-up window is open on the day. */
  public boolean openOn(LocalDate day) {
    return !day.isBefore(signUpOpens) && !day.isAfter(signUpCloses);
  }
}
