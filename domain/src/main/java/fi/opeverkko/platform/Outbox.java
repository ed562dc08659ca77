package fi.opeverkko.platform;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The outbox as the admins see it: every letter with where it stands, and failed ones retried. */
@Stateless
public class Outbox {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private AuditLog auditLog;

  /** The letters with the given status (every letter when null), newest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<OutboxLetter> newestFirst(OutboxStatus status, int first, int pageSize) {
    currentUser.require(PortalRole.ADMIN);
    TypedQuery<OutboxLetter> query =
        em.createQuery(
            "SELECT l FROM OutboxLetter l WHERE :status IS NULL OR l.status = :status"
                + " ORDER BY l.queuedAt DESC, l.id DESC",
            OutboxLetter.class);
    return query
        .setParameter("status", status)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count(OutboxStatus status) {
    currentUser.require(PortalRole.ADMIN);
    return em.createQuery(
            "SELECT COUNT(l) FROM OutboxLetter l WHERE :status IS NULL OR l.status = :status",
            Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }

  /** How many letters stand at each status (every status, zero included). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<OutboxStatus, Long> countByStatus() {
    currentUser.require(PortalRole.ADMIN);
    Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
    for (OutboxStatus status : OutboxStatus.values()) {
      counts.put(status, 0L);
    }
    em.createQuery(
            "SELECT l.status, COUNT(l) FROM OutboxLetter l GROUP BY l.status", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((OutboxStatus) row[0], (Long) row[1]));
    return counts;
  }

  /**
   * Queues a failed letter again, for as many tries as a new one (after the mail server was
   * repaired, say). A letter that is no longer failed is left as it is.
   *
   * @return whether the letter was queued again
   */
  public boolean retry(Long letterId) {
    SignedInUser admin = currentUser.require(PortalRole.ADMIN);
    OutboxLetter letter = em.find(OutboxLetter.class, letterId, LockModeType.PESSIMISTIC_WRITE);
    if (letter == null || letter.getStatus() != OutboxStatus.FAILED) {
      return false;
    }
    letter.requeue(LocalDateTime.now(ZoneOffset.UTC));
    auditLog.record(admin.loginName(), "OUTBOX_RETRY", "letter " + letterId, AuditOutcome.SUCCESS);
    return true;
  }
}
