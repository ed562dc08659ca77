package fi.opeverkko.visits;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.TeamOverview;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.platform.Clock;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * The shared triage list: requests sent with a need and no team wait here until a team leader takes
 * one for a team they lead (choosing a topic of its catalogue or keeping the school's own words);
 * it is then an ordinary request in that team's inbox. Every team leader reads the list, so do
 * coordinators (their city's requests) and admins.
 */
@Stateless
public class TriageService {

  @PersistenceContext private EntityManager em;
  @Inject private VisitAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private NetworkOverviewService network;
  @Inject private NetworkReferences references;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;
  @Inject private Event<VisitChanged> changes;

  /** The requests waiting for a team, the longest waiting first. */
  public List<TriageRow> waiting() {
    SignedInUser user = currentUser.get();
    boolean everyCity = user.isAdmin() || access.triages();
    if (!everyCity && user.coordinatedCity().isEmpty()) {
      throw currentUser.refuse("triage list");
    }
    String city = everyCity ? null : user.coordinatedCity().get();
    TypedQuery<VisitRequest> query =
        em.createQuery(
            "SELECT r FROM VisitRequest r JOIN FETCH r.school s JOIN FETCH s.city"
                + " WHERE r.team IS NULL AND r.status = :submitted"
                + (city == null ? "" : " AND s.city.code = :city")
                + " ORDER BY r.submittedAt, r.id",
            VisitRequest.class);
    query.setParameter("submitted", VisitStatus.SUBMITTED);
    if (city != null) {
      query.setParameter("city", city);
    }
    LocalDate today = clock.today();
    return query.getResultStream().map(r -> TriageRow.of(r, today)).toList();
  }

  /** The teams the user leads, for which they may take a request (none for admins). */
  public List<ExpertTeam> teamsToTakeFor() {
    Long me = currentUser.get().personId();
    return network.myTeams().stream()
        .map(TeamOverview::team)
        .filter(team -> team.getLeader() != null && team.getLeader().getId().equals(me))
        .toList();
  }

  /**
   * Takes the request for the team, with a topic of its catalogue or none. The request's row is
   * locked first, so of two leaders taking it at once the second finds it taken and is told so.
   */
  public void take(@NotNull Long requestId, @NotNull Long teamId, Long topicId) {
    ExpertTeam team =
        references.team(teamId).orElseThrow(() -> new VisitRuleException("visit.noSuchTeam"));
    SignedInUser user = access.requireOwnLeaderOf(team);
    TeamTopic topic =
        topicId == null
            ? null
            : VisitService.offeredBy(
                team,
                references
                    .topic(topicId)
                    .orElseThrow(() -> new VisitRuleException("visit.noSuchTopic")));
    VisitRequest request = em.find(VisitRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
    if (request == null) {
      throw new VisitRuleException("visit.noSuchVisit");
    }
    em.persist(request.take(team, topic, user.displayName(), clock.now()));
    auditLog.record(
        user.loginName(),
        "VISIT_TAKE",
        "visit " + request.getId() + " team " + team.getId(),
        AuditOutcome.SUCCESS);
    changes.fire(new VisitChanged(request.getId(), VisitAction.TAKE));
  }
}
