package fi.opeverkko.demo;

import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.visits.VisitAction;
import fi.opeverkko.visits.VisitDetails;
import fi.opeverkko.visits.VisitReplay;
import fi.opeverkko.visits.VisitRequest;
import fi.opeverkko.visits.VisitStatus;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * Visits made up for the demo network and for measuring the pages with many of them: each is walked
 * through its real life ({@link VisitReplay}: the same steps as the services) with back-dated
 * times, so its history reads as if it had happened.
 */
public final class VisitSamples {

  private static final String ACTOR = "Demo";

  /** The path to each status, in the order of the visit's life. */
  private static final Map<VisitStatus, List<VisitAction>> PATHS =
      Map.of(
          VisitStatus.DRAFT, List.of(),
          VisitStatus.SUBMITTED, List.of(VisitAction.SUBMIT),
          VisitStatus.ACCEPTED, List.of(VisitAction.SUBMIT, VisitAction.ACCEPT),
          VisitStatus.DECLINED, List.of(VisitAction.SUBMIT, VisitAction.DECLINE),
          VisitStatus.SCHEDULED,
              List.of(VisitAction.SUBMIT, VisitAction.ACCEPT, VisitAction.SCHEDULE),
          VisitStatus.DELIVERED,
              List.of(
                  VisitAction.SUBMIT,
                  VisitAction.ACCEPT,
                  VisitAction.SCHEDULE,
                  VisitAction.DELIVER),
          VisitStatus.CLOSED,
              List.of(
                  VisitAction.SUBMIT,
                  VisitAction.ACCEPT,
                  VisitAction.SCHEDULE,
                  VisitAction.DELIVER,
                  VisitAction.CLOSE),
          VisitStatus.CANCELLED, List.of(VisitAction.SUBMIT, VisitAction.CANCEL));

  private final VisitReplay replay;
  private final LocalDateTime now;

  public VisitSamples(EntityManager em, LocalDateTime now) {
    this.replay = new VisitReplay(em);
    this.now = now;
  }

  /**
   * A visit requested {@code daysAgo} days ago and taken to {@code status}; a scheduled one takes
   * place two weeks from its acceptance, on a Tuesday afternoon, given by the experts. A request to
   * no team (null) is sent with its need only and waits for a team.
   *
   * @param rating the feedback given to a delivered or closed visit
   */
  public VisitRequest visit(
      School school,
      ExpertTeam team,
      TeamTopic topic,
      Person requester,
      VisitStatus status,
      int daysAgo,
      List<Person> experts,
      int rating) {
    LocalDateTime created =
        now.minusDays(daysAgo).withHour(9).withMinute(0).withSecond(0).withNano(0);
    VisitDetails details = new VisitDetails();
    details.setSchoolId(school.getId());
    details.setTeamId(team == null ? null : team.getId());
    details.setTopicId(topic == null ? null : topic.getId());
    details.setNeed(topic == null ? "Tieto- ja viestintäteknologian käyttö opetuksessa" : null);
    details.setParticipants(12 + daysAgo % 20);
    details.setPreferredFrom(created.toLocalDate().plusWeeks(2));
    details.setPreferredUntil(created.toLocalDate().plusWeeks(6));
    details.setDurationMinutes(topic == null ? 90 : topic.getTypicalMinutes());
    details.setLanguage(
        school.getLanguage() == TeachingLanguage.SV ? TeachingLanguage.SV : TeachingLanguage.FI);
    details.setGoal("Koko henkilöstö osaa käyttää yhteisiä välineitä arjessa.");
    VisitRequest request = replay.request(school, team, topic, requester, details, created);
    LocalDateTime at = created;
    for (VisitAction action : PATHS.get(status)) {
      at = at.plusDays(action == VisitAction.SUBMIT ? 0 : 2);
      String reason = action.requiresReason() ? "Aikataulut eivät sovi tänä lukukautena." : null;
      if (action == VisitAction.SCHEDULE) {
        LocalDateTime start =
            at.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)).withHour(13);
        LocalDateTime end = start.plusMinutes(details.getDurationMinutes());
        replay.schedule(request, start, end, school.getAddress(), experts, ACTOR, at);
        continue;
      }
      if (action == VisitAction.DELIVER) {
        at = request.getEndsAt().plusHours(1);
        replay.step(request, action, ACTOR, reason, at);
        replay.feedback(request, rating, requester.getFullName(), at.plusDays(1));
        continue;
      }
      replay.step(request, action, ACTOR, reason, at);
    }
    return request;
  }
}
