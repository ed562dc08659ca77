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
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Runs the outbox sender in the background, each round the configured interval after the end of the
 * one before (so a slow mail server never piles rounds up). The timer is not persistent: each node
 * runs its own, and the sender's claims keep them from sending a letter twice.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxTimer {

  @Resource private TimerService timers;
  @Inject private OutboxSender sender;

  private final long interval = OutboxSettings.fromSystemProperties().interval().toMillis();

  @PostConstruct
  void start() {
    next();
  }

  @Timeout
  void sendDue() {
    try {
      sender.sendDue(LocalDateTime.now(ZoneOffset.UTC));
    } finally {
      next();
    }
  }

  private void next() {
    timers.createSingleActionTimer(interval, new TimerConfig("outbox", false));
  }
}
