package fi.opeverkko.visits;

import fi.opeverkko.network.School;
import fi.opeverkko.network.TeachingLanguage;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A request waiting for a team, as the triage list shows it: what the school needs, for whom and
 * when, and how long it has waited for an answer.
 */
public record TriageRow(
    Long requestId,
    School school,
    String need,
    String goal,
    TargetGroup targetGroup,
    int participants,
    LocalDate preferredFrom,
    LocalDate preferredUntil,
    int durationMinutes,
    TeachingLanguage language,
    int waitingDays,
    boolean overdue)
    implements Serializable {

  static TriageRow of(VisitRequest request, LocalDate today) {
    return new TriageRow(
        request.getId(),
        request.getSchool(),
        request.getNeed(),
        request.getGoal(),
        request.getTargetGroup(),
        request.getParticipants(),
        request.getPreferredFrom(),
        request.getPreferredUntil(),
        request.getDurationMinutes(),
        request.getLanguage(),
        request.waitingWorkingDays(today),
        request.overdue(today));
  }
}
