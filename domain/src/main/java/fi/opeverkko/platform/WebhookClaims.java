package fi.opeverkko.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The webhook sender's steps on the delivery table, each in a short transaction of its own (as
 * {@link OutboxClaims}), so nothing is held while a receiver is talked to, and a delivery is sent
 * by one node only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookClaims {

  @PersistenceContext private EntityManager em;

  /** The deliveries whose try is due, oldest first. */
  public List<Long> due(LocalDateTime now, int max) {
    return em.createQuery(
            "SELECT d.id FROM WebhookDelivery d WHERE d.status = :queued AND d.nextAttemptAt <= :now"
                + " AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)"
                + " ORDER BY d.nextAttemptAt, d.id",
            Long.class)
        .setParameter("queued", WebhookStatus.QUEUED)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /** Takes the delivery until {@code until} if still due and free; empty when another took it. */
  public Optional<WebhookMessage> claim(Long id, LocalDateTime now, LocalDateTime until) {
    int claimed =
        em.createQuery(
                "UPDATE WebhookDelivery d SET d.claimedUntil = :until WHERE d.id = :id"
                    + " AND d.status = :queued AND d.nextAttemptAt <= :now"
                    + " AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)")
            .setParameter("until", until)
            .setParameter("id", id)
            .setParameter("queued", WebhookStatus.QUEUED)
            .setParameter("now", now)
            .executeUpdate();
    if (claimed != 1) {
      return Optional.empty();
    }
    WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
    WebhookSubscription subscription = delivery.getSubscription();
    return Optional.of(
        new WebhookMessage(
            id,
            subscription.getUrl(),
            subscription.signingKey(),
            delivery.getMessageId(),
            delivery.getPayload()));
  }

  public void delivered(Long id, int httpStatus, LocalDateTime now) {
    em.find(WebhookDelivery.class, id).delivered(httpStatus, now);
  }

  /** A failed try; when it was the last, the subscription is disabled until enabled by hand. */
  public void failed(Long id, Integer httpStatus, String error, LocalDateTime now) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
    delivery.failed(httpStatus, error, now);
    if (delivery.getStatus() == WebhookStatus.FAILED) {
      delivery.getSubscription().disable(now);
    }
  }
}
