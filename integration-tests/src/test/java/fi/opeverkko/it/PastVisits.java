package fi.opeverkko.it;

import fi.opeverkko.visits.VisitRequest;
import fi.opeverkko.visits.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A visit's day come and gone, for the tests that deliver one: the portal books no visit into the
 * past, so a test books it ahead through the service, as a leader does, and moves it back here with
 * its experts' bookings, as if its day had passed. The history keeps the time the leader booked.
 */
@ApplicationScoped
public class PastVisits {

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  /** Moves the booked visit to begin at {@code startsAt}, as long as it was. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void moveBack(Long visitId, LocalDateTime startsAt) {
    VisitRequest visit = em.find(VisitRequest.class, visitId);
    LocalDateTime endsAt = startsAt.plus(Duration.between(visit.getStartsAt(), visit.getEndsAt()));
    em.createQuery("UPDATE VisitRequest r SET r.startsAt = :s, r.endsAt = :e WHERE r.id = :id")
        .setParameter("s", startsAt)
        .setParameter("e", endsAt)
        .setParameter("id", visitId)
        .executeUpdate();
    em.createQuery(
            "UPDATE ExpertBooking b SET b.startsAt = :s, b.endsAt = :e WHERE b.request.id = :id")
        .setParameter("s", startsAt)
        .setParameter("e", endsAt)
        .setParameter("id", visitId)
        .executeUpdate();
    em.getEntityManagerFactory().getCache().evict(VisitRequest.class, visitId);
  }

  /** The newest booked visit whose goal begins so: the one a browser walk booked. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Long newestScheduled(String goalBeginning) {
    return em.createQuery(
            "SELECT r.id FROM VisitRequest r WHERE r.status = :scheduled AND r.goal LIKE :goal"
                + " ORDER BY r.id DESC",
            Long.class)
        .setParameter("scheduled", VisitStatus.SCHEDULED)
        .setParameter("goal", goalBeginning + "%")
        .setMaxResults(1)
        .getSingleResult();
  }
}
