package fi.opeverkko.api.visits;

import fi.opeverkko.api.Times;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.visits.TargetGroup;
import fi.opeverkko.visits.VisitMode;
import fi.opeverkko.visits.VisitRequest;
import fi.opeverkko.visits.VisitStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A training visit: the request and, once scheduled, its time.
 *
 * @param id the visit's id
 * @param status where it stands
 * @param schoolId the requesting school
 * @param teamId the team asked, left out while the request waits for a team (triage)
 * @param topicId the team's topic, or {@code null} when the need is written out
 * @param need the need in the school's words
 * @param targetGroup who takes part
 * @param participants how many
 * @param preferredFrom the first preferred day
 * @param preferredUntil the last preferred day
 * @param durationMinutes the length asked for
 * @param mode on site or remote
 * @param language the language of the training
 * @param goal what the school wants to reach
 * @param submittedAt when it was sent to the team
 * @param startsAt when it starts, once scheduled
 * @param endsAt when it ends, once scheduled
 */
public record VisitJson(
    long id,
    VisitStatus status,
    long schoolId,
    Long teamId,
    Long topicId,
    String need,
    TargetGroup targetGroup,
    int participants,
    LocalDate preferredFrom,
    LocalDate preferredUntil,
    int durationMinutes,
    VisitMode mode,
    TeachingLanguage language,
    String goal,
    OffsetDateTime submittedAt,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt) {

  static VisitJson of(VisitRequest visit) {
    return new VisitJson(
        visit.getId(),
        visit.getStatus(),
        visit.getSchool().getId(),
        visit.getTeam() == null ? null : visit.getTeam().getId(),
        visit.getTopic() == null ? null : visit.getTopic().getId(),
        visit.getNeed(),
        visit.getTargetGroup(),
        visit.getParticipants(),
        visit.getPreferredFrom(),
        visit.getPreferredUntil(),
        visit.getDurationMinutes(),
        visit.getMode(),
        visit.getLanguage(),
        visit.getGoal(),
        Times.zoned(visit.getSubmittedAt()),
        Times.zoned(visit.getStartsAt()),
        Times.zoned(visit.getEndsAt()));
  }
}
