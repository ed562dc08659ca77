package fi.opeverkko.visits;

import fi.opeverkko.feedback.FeedbackReplay;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.TeamTopic;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes the life of a visit that did not happen through the portal's pages, at the times given:
 * the demo network and the scale tests' visits. Every step goes through the visit's own rules and
 * is kept in its history, exactly as {@link VisitService} keeps it, but without a signed-in user,
 * an audit entry or an email. The caller holds the transaction.
 */
public final class VisitReplay {

  private final EntityManager em;

  public VisitReplay(EntityManager em) {
    this.em = em;
  }

  /** The school's request as {@code requester} wrote it at {@code at}: a draft. */
  public VisitRequest request(
      School school,
      ExpertTeam team,
      TeamTopic topic,
      Person requester,
      VisitDetails details,
      LocalDateTime at) {
    VisitRequest request = new VisitRequest(school, team, topic, requester, details, at);
    em.persist(request);
    return request;
  }

  /** A step of the visit's life other than setting its time; see {@link #schedule}. */
  public void step(
      VisitRequest request, VisitAction action, String actor, String reason, LocalDateTime at) {
    em.persist(request.apply(action, actor, reason, at));
  }

  /** The time agreed and the experts booked for it. */
  public void schedule(
      VisitRequest request,
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      String place,
      List<Person> experts,
      String actor,
      LocalDateTime at) {
    VisitSchedule schedule =
        new VisitSchedule(startsAt, endsAt, place, experts.stream().map(Person::getId).toList());
    em.persist(request.schedule(VisitAction.SCHEDULE, schedule, actor, null, at));
    experts.forEach(expert -> em.persist(new ExpertBooking(request, expert)));
  }

  /**
   * The school's answer to the feedback form, without a comment, reported to feedback as the
   * service reports it (an average under 3.5 opens the discussion).
   */
  public void feedback(VisitRequest request, int rating, String givenBy, LocalDateTime at) {
    em.persist(new VisitFeedback(request, rating, null, givenBy, at));
    new FeedbackReplay(em).report(VisitFeedbackResult.of(em, request), at);
  }
}
