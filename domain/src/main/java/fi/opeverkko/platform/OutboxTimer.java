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
 * Runs the outbox sender in the background, each round the configured interval after the end of the
 * one before (so a slow mail server never piles rounds up). The timer is not persistent: each node
 * runs its own, and the sender's claims keep them from sending a letter twice.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxTimer {

  private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());

  @Resource private TimerService timers;
  @Inject private OutboxSender sender;
  @Inject private Clock clock;

  private final long interval;

  public OutboxTimer() {
    this.interval = OutboxSettings.fromSystemProperties().interval().toMillis();
  }

  /** A timer on the given parts, for tests of what a failed round leaves scheduled. */
  OutboxTimer(TimerService timers, OutboxSender sender, Clock clock, long interval) {
    this.timers = timers;
    this.sender = sender;
    this.clock = clock;
    this.interval = interval;
  }

  @PostConstruct
  void start() {
    next();
  }

  /**
   * One round, then the next timer. The timeout never fails: the container would retry a failed
   * one, and the retry would schedule a next timer of its own besides this one's.
   */
  @Timeout
  void sendDue() {
    try {
      sender.sendDue(clock::nowUtc);
    } catch (RuntimeException failure) {
      // One line: the round's letters stay queued or claimed, and the next round tries them.
      LOG.warning(() -> "Outbox round failed: " + SendError.detail(failure));
    } finally {
      next();
    }
  }

  private void next() {
    timers.createSingleActionTimer(interval, new TimerConfig("outbox", false));
  }
}
