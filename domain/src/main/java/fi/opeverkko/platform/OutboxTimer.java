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
 * Runs the outbox sender in the background at the configured interval. The timer is not persistent:
 * each node runs its own, and the sender's claims keep them from sending a letter twice. WildFly
 * skips a round while the previous one still runs.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxTimer {

  @Resource private TimerService timers;
  @Inject private OutboxSender sender;

  @PostConstruct
  void start() {
    long interval = OutboxSettings.fromSystemProperties().interval().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("outbox", false));
  }

  @Timeout
  void sendDue() {
    sender.sendDue(LocalDateTime.now(ZoneOffset.UTC));
  }
}
