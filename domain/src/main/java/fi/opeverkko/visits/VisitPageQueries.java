package fi.opeverkko.visits;

import fi.opeverkko.feedback.FeedbackQueries;
import fi.opeverkko.feedback.SubjectKind;
import fi.opeverkko.platform.Clock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a visit's own page reads: the visit, its history, experts and feedback, and its actions. */
@Stateless
public class VisitPageQueries {

  @PersistenceContext private EntityManager em;
  @Inject private VisitAccess access;
  @Inject private Clock clock;
  @Inject private FeedbackQueries feedbackDiscussions;

  /** A visit with all its page shows, for whoever may read it. */
  public VisitPage visit(@NotNull Long requestId) {
    VisitRequest request = em.find(VisitRequest.class, requestId);
    if (request == null) {
      throw new VisitRuleException("visit.noSuchVisit");
    }
    access.requireReaderOf(request);
    List<VisitEvent> history =
        em.createQuery(
                "SELECT e FROM VisitEvent e WHERE e.request = :r ORDER BY e.occurredAt, e.id",
                VisitEvent.class)
            .setParameter("r", request)
            .getResultList();
    List<ExpertBooking> bookings = ExpertBooking.withExperts(em, request);
    List<VisitFeedback> feedback =
        em.createQuery(
                "SELECT f FROM VisitFeedback f WHERE f.request = :r ORDER BY f.givenAt",
                VisitFeedback.class)
            .setParameter("r", request)
            .getResultList();
    boolean requester = access.requests(request.getSchool());
    return new VisitPage(
        request,
        history,
        bookings,
        feedback,
        actionsFor(request, requester),
        requester && request.getStatus() == VisitStatus.DELIVERED,
        requester && !access.leads(request.getTeam()),
        feedbackDiscussions.discussionOf(SubjectKind.VISIT, request.getId()).orElse(null));
  }

  /** What the user may do to the visit now: their role's actions that its status and time allow. */
  private Set<VisitAction> actionsFor(VisitRequest request, boolean requester) {
    Set<VisitAction> mine = EnumSet.noneOf(VisitAction.class);
    if (requester) {
      mine.add(VisitAction.SUBMIT);
      mine.add(VisitAction.CANCEL);
    }
    if (access.leads(request.getTeam())) {
      mine.addAll(EnumSet.allOf(VisitAction.class));
      mine.remove(VisitAction.SUBMIT);
    } else if (access.belongsTo(request.getTeam())) {
      mine.add(VisitAction.DELIVER);
    }
    mine.removeIf(action -> !request.getStatus().allows(action));
    if (!request.held(clock.now())) {
      // The same rule VisitRequest.apply enforces: no "delivered" before the visit's time is over.
      mine.remove(VisitAction.DELIVER);
    }
    return mine;
  }
}
