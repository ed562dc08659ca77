package fi.opeverkko.reporting;

import fi.opeverkko.platform.Clock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Keeps a lost build from blocking its pack's year for good: a pack still queued or being built
 * when the server starts lost its build with the restart (the builder runs on the server's own
 * threads), and one under way longer than {@link #TIMEOUT} hangs. Either is marked failed with a
 * reason its readers see, and asking for it again builds it anew; a hung build that wakes up later
 * changes nothing ({@link IndicatorPack#advance}, {@link PackBuilds#finish}). The timer is not
 * persistent: each node runs its own, and failing a failed pack changes nothing. In a cluster, a
 * node's restart also fails a build under way on the other node; its requester asks again.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PackRecovery {

  /** Far longer than a build takes at the metro size (under a minute). */
  static final Duration TIMEOUT = Duration.ofMinutes(15);

  private static final Logger LOG = Logger.getLogger(PackRecovery.class.getName());

  @Inject private PackBuilds builds;
  @Inject private Clock clock;

  @PostConstruct
  void start() {
    failUnfinished();
  }

  /** At startup: every pack under way lost its build. */
  public void failUnfinished() {
    report(builds.failLost(clock.now()), "at startup");
  }

  /** Every five minutes: the packs under way longer than the timeout. */
  @Schedule(minute = "*/5", hour = "*", persistent = false)
  public void failHung() {
    report(builds.failLost(clock.now().minus(TIMEOUT)), "after " + TIMEOUT.toMinutes() + " min");
  }

  private static void report(int failed, String when) {
    if (failed > 0) {
      LOG.warning(() -> failed + " indicator pack build(s) found unfinished " + when + ": failed");
    }
  }
}
