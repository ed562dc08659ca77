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
 * The sender's steps on the outbox table, each in a short transaction of its own, so that no
 * transaction (and no row lock) is held while a mail server is talked to.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxClaims {

  @PersistenceContext private EntityManager em;

  /** The letters whose try is due, oldest first. */
  public List<Long> due(LocalDateTime now, int max) {
    return em.createQuery(
            "SELECT l.id FROM OutboxLetter l WHERE l.status = :queued AND l.nextAttemptAt <= :now"
                + " AND (l.claimedUntil IS NULL OR l.claimedUntil < :now)"
                + " ORDER BY l.nextAttemptAt, l.id",
            Long.class)
        .setParameter("queued", OutboxStatus.QUEUED)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Takes the letter for this sender until {@code until}, if it is still due and nobody holds it.
   * The conditional update is atomic in the database: of two nodes claiming the same letter, one
   * changes the row and the other finds the condition false, so a letter is sent by one node only.
   *
   * @return the letter to send, or empty when another sender took it first
   */
  public Optional<Letter> claim(Long id, LocalDateTime now, LocalDateTime until) {
    int claimed =
        em.createQuery(
                "UPDATE OutboxLetter l SET l.claimedUntil = :until WHERE l.id = :id"
                    + " AND l.status = :queued AND l.nextAttemptAt <= :now"
                    + " AND (l.claimedUntil IS NULL OR l.claimedUntil < :now)")
            .setParameter("until", until)
            .setParameter("id", id)
            .setParameter("queued", OutboxStatus.QUEUED)
            .setParameter("now", now)
            .executeUpdate();
    return claimed == 1 ? Optional.of(em.find(OutboxLetter.class, id).letter()) : Optional.empty();
  }

  public void sent(Long id, LocalDateTime now) {
    em.find(OutboxLetter.class, id).sent(now);
  }

  public void failed(Long id, LocalDateTime now, Throwable failure, OutboxSettings settings) {
    em.find(OutboxLetter.class, id)
        .failed(now, failure, settings.backoff(), settings.maxAttempts());
  }
}
