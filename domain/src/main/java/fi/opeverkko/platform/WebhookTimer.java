package fi.opeverkko.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Runs the webhook sender in the background, each round {@code opeverkko.webhooks.interval-ms}
 * (1,000 by default) after the end of the one before, as {@link OutboxTimer} runs the mail's. Not
 * persistent: each node runs its own; the claims keep them from sending a delivery twice.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookTimer {

  private static final Logger LOG = Logger.getLogger(WebhookTimer.class.getName());

  @Resource private TimerService timers;
  @Inject private WebhookSender sender;
  @Inject private Clock clock;

  private final long interval = Long.getLong("opeverkko.webhooks.interval-ms", 1000L);

  @PostConstruct
  void start() {
    next();
  }

  /** One round, then the next timer; never fails, so the container never retries a round. */
  @Timeout
  void sendDue() {
    try {
      sender.sendDue(clock::nowUtc);
    } catch (RuntimeException failure) {
      LOG.warning(() -> "Webhook round failed: " + failure);
    } finally {
      next();
    }
  }

  private void next() {
    timers.createSingleActionTimer(interval, new TimerConfig("webhooks", false));
  }
}
