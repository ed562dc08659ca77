package fi.opeverkko.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;
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

  private final OutboxSettings settings;

  public OutboxSender() {
    this.settings = OutboxSettings.fromSystemProperties();
  }

  /** A sender on the given steps, for tests that make one of them fail. */
  OutboxSender(OutboxClaims claims, MailDelivery delivery, OutboxSettings settings) {
    this.claims = claims;
    this.delivery = delivery;
    this.settings = settings;
  }

  /**
   * Tries every letter due (UTC) that no other sender holds. The clock is read again for each
   * letter: a round of slow mail server answers can outlast a claim, and a claim or a next try
   * reckoned from the start of the round would already be past.
   *
   * @param clock the current UTC time, usually {@link Clock#nowUtc()}
   * @return how many were sent
   */
  public int sendDue(Supplier<LocalDateTime> clock) {
    int sent = 0;
    for (Long id : claims.due(clock.get(), ROUND)) {
      LocalDateTime claimedAt = clock.get();
      Optional<Letter> letter = claims.claim(id, claimedAt, claimedAt.plus(settings.claim()));
      if (letter.isEmpty()) {
        continue;
      }
      try {
        delivery.deliver(letter.get());
      } catch (MessagingException | RuntimeException failure) {
        // One line, no stack trace: the outbox page shows the reason and the next try.
        LOG.warning(() -> "Letter " + id + " not sent: " + SendError.detail(failure));
        claims.failed(id, clock.get(), failure, settings);
        continue;
      }
      // Outside the try: the letter is delivered, so failing to record that is no failed try (which
      // would queue it to be sent again at once); the error ends the round with the letter claimed.
      claims.sent(id, clock.get());
      sent++;
    }
    return sent;
  }
}
