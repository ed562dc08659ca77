package fi.opeverkko.feedback;

import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.time.LocalDate;
import java.util.Set;

/**
 * A subject's feedback as its own context reports it after every answer.
 *
 * @param kind a visit or a course
 * @param subjectId its id in its context
 * @param title what it is, in the three languages
 * @param team the team that gave it; {@code null}: the central unit
 * @param trainers the people who gave it (a visit's experts); may be empty
 * @param heldOn the day it was given (a course's last day)
 * @param ratingSum the sum of the ratings 1–5
 * @param answers how many answered
 */
@Published
public record FeedbackResult(
    SubjectKind kind,
    Long subjectId,
    LocalizedName title,
    ExpertTeam team,
    Set<Person> trainers,
    LocalDate heldOn,
    int ratingSum,
    int answers) {

  /** Feedback under this average calls for a discussion with the trainers (seeds 004). */
  public static final double DISCUSSION_BELOW = 3.5;

  public FeedbackResult {
    trainers = Set.copyOf(trainers);
  }
}
