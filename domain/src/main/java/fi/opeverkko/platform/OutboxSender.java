package fi.opeverkko.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends the letters of the outbox whose try is due: each is claimed first (so two nodes never send
 * the same letter), handed to the mail server, and marked sent, or failed with the reason and a
 * later try.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

  /** Letters per round, so a long queue is sent in steps and a round ends in good time. */
  private static final int ROUND = 50;

  @Inject private OutboxClaims claims;
  @Inject private MailDelivery delivery;

  private final OutboxSettings settings = OutboxSettings.fromSystemProperties();

  /**
   * Tries every letter due at {@code now} (UTC) that no other sender holds.
   *
   * @return how many were sent
   */
  public int sendDue(LocalDateTime now) {
    int sent = 0;
    for (Long id : claims.due(now, ROUND)) {
      Optional<Letter> letter = claims.claim(id, now, now.plus(settings.claim()));
      if (letter.isEmpty()) {
        continue;
      }
      try {
        delivery.deliver(letter.get());
        claims.sent(id, now);
        sent++;
      } catch (MessagingException | RuntimeException failure) {
        // One line, no stack trace: the outbox page shows the reason and the next try.
        LOG.warning(() -> "Letter " + id + " not sent: " + SendError.detail(failure));
        claims.failed(id, now, failure, settings);
      }
    }
    return sent;
  }
}
