package fi.opeverkko.courses;

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
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Runs the course reminders in the background, each round an hour after the end of the one before,
 * as the outbox's timer does. Not persistent: each node runs its own, and a sign-up is reminded
 * once however many rounds see it (see {@link CourseReminders}).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CourseReminderTimer {

  private static final Logger LOG = Logger.getLogger(CourseReminderTimer.class.getName());

  private static final Duration FIRST_ROUND = Duration.ofMinutes(1);
  private static final Duration INTERVAL = Duration.ofHours(1);

  @Resource private TimerService timers;
  @Inject private CourseReminders reminders;

  @PostConstruct
  void start() {
    next(FIRST_ROUND);
  }

  /** One round, then the next timer; never fails, so the container does not retry it. */
  @Timeout
  void remind() {
    try {
      reminders.sendDue();
    } catch (RuntimeException failure) {
      // The sign-ups stay unreminded, and the next round takes them.
      LOG.warning(() -> "Course reminder round failed: " + failure);
    } finally {
      next(INTERVAL);
    }
  }

  private void next(Duration after) {
    timers.createSingleActionTimer(after.toMillis(), new TimerConfig("course reminders", false));
  }
}
