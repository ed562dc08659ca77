package fi.opeverkko.visits;

import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.config.QueryHints;

/**
 * The visits' queries over time: whose hours are booked when. Shared by scheduling (no double
 * bookings), the calendars and the feeds; the callers check who may see what.
 */
@Dependent
class Bookings {

  /** The statuses in which a visit holds its experts' time. */
  static final Set<VisitStatus> BOOKED =
      EnumSet.of(VisitStatus.SCHEDULED, VisitStatus.DELIVERED, VisitStatus.CLOSED);

  /** What a calendar shows: the booked visits, and the cancelled ones so they can be removed. */
  static final Set<VisitStatus> IN_CALENDARS =
      EnumSet.of(
          VisitStatus.SCHEDULED, VisitStatus.DELIVERED, VisitStatus.CLOSED, VisitStatus.CANCELLED);

  @PersistenceContext private EntityManager em;

  /**
   * An expert's bookings overlapping the period, of visits in the statuses, each visit with its
   * parties in the same statement. By hints, not by JOIN FETCH through {@code r}: EclipseLink does
   * not follow a fetch join's alias (VisitRequest.withParties), and without weaving each party not
   * fetched is a query of its own per visit.
   */
  List<ExpertBooking> ofExpert(
      Person expert, LocalDateTime from, LocalDateTime until, Set<VisitStatus> statuses) {
    return em.createQuery(
            "SELECT b FROM ExpertBooking b JOIN FETCH b.request r WHERE b.expert = :expert"
                + " AND b.startsAt < :until AND b.endsAt > :from AND r.status IN :statuses"
                + " ORDER BY b.startsAt",
            ExpertBooking.class)
        .setHint(QueryHints.FETCH, "b.request.school")
        .setHint(QueryHints.FETCH, "b.request.requestedBy")
        .setHint(QueryHints.LEFT_FETCH, "b.request.team")
        .setHint(QueryHints.LEFT_FETCH, "b.request.team.leader")
        .setHint(QueryHints.LEFT_FETCH, "b.request.topic")
        .setParameter("expert", expert)
        .setParameter("from", from)
        .setParameter("until", until)
        .setParameter("statuses", statuses)
        .getResultList();
  }

  /** A team's visits overlapping the period, cancelled ones included. */
  List<VisitRequest> teamVisits(ExpertTeam team, LocalDateTime from, LocalDateTime until) {
    return em.createQuery(
            "SELECT r FROM VisitRequest r JOIN FETCH r.school s LEFT JOIN FETCH r.topic"
                + " JOIN FETCH r.requestedBy WHERE r.team = :team AND r.startsAt < :until"
                + " AND r.endsAt > :from AND r.status IN :statuses ORDER BY r.startsAt",
            VisitRequest.class)
        .setParameter("team", team)
        .setParameter("from", from)
        .setParameter("until", until)
        .setParameter("statuses", IN_CALENDARS)
        .getResultList();
  }
}
