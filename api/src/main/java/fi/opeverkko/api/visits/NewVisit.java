package fi.opeverkko.api.visits;

import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.visits.TargetGroup;
import fi.opeverkko.visits.VisitDetails;
import fi.opeverkko.visits.VisitMode;
import java.time.LocalDate;

/**
 * A training request as a school's requester sends it: the request form's fields. Unknown fields
 * are refused; the rules are the form's ({@link VisitDetails}).
 *
 * @param schoolId the requester's school
 * @param teamId the team asked, or none: the request then waits for a team leader's triage
 * @param topicId a topic of the team's catalogue, or none when {@code need} says it
 * @param need the need in words (at most 1,000 characters)
 * @param targetGroup {@code WHOLE_STAFF}, {@code GRADE_TEAM} or {@code NAMED_TEACHERS}
 * @param targetDetail which grade team or teachers, for the last two
 * @param participants 1–500
 * @param preferredFrom the first preferred day, not in the past
 * @param preferredUntil the last preferred day
 * @param preferredNote times that suit, in words
 * @param durationMinutes 15–480, 90 when left out
 * @param mode {@code ON_SITE} (when left out) or {@code REMOTE}
 * @param language {@code FI} (when left out) or {@code SV}
 * @param goal what the school wants to reach (required)
 */
public record NewVisit(
    Long schoolId,
    Long teamId,
    Long topicId,
    String need,
    TargetGroup targetGroup,
    String targetDetail,
    Integer participants,
    LocalDate preferredFrom,
    LocalDate preferredUntil,
    String preferredNote,
    Integer durationMinutes,
    VisitMode mode,
    TeachingLanguage language,
    String goal) {

  /** A request as the OpenAPI document shows it. */
  public static final String EXAMPLE =
      "{\"schoolId\": 12, \"teamId\": 3, \"topicId\": null,"
          + " \"need\": \"Digital portfolios in grades 7-9\", \"targetGroup\": \"GRADE_TEAM\","
          + " \"targetDetail\": \"Grades 7-9\", \"participants\": 25,"
          + " \"preferredFrom\": \"2027-01-11\", \"preferredUntil\": \"2027-01-29\","
          + " \"preferredNote\": \"Wednesday afternoons\", \"durationMinutes\": 90,"
          + " \"mode\": \"ON_SITE\", \"language\": \"FI\","
          + " \"goal\": \"Every teacher of grades 7-9 starts a portfolio with a class\"}";

  VisitDetails details() {
    VisitDetails details = new VisitDetails();
    details.setSchoolId(schoolId);
    details.setTeamId(teamId);
    details.setTopicId(topicId);
    details.setNeed(need);
    if (targetGroup != null) {
      details.setTargetGroup(targetGroup);
    }
    details.setTargetDetail(targetDetail);
    details.setParticipants(participants);
    details.setPreferredFrom(preferredFrom);
    details.setPreferredUntil(preferredUntil);
    details.setPreferredNote(preferredNote);
    if (durationMinutes != null) {
      details.setDurationMinutes(durationMinutes);
    }
    if (mode != null) {
      details.setMode(mode);
    }
    if (language != null) {
      details.setLanguage(language);
    }
    details.setGoal(goal);
    return details;
  }
}
