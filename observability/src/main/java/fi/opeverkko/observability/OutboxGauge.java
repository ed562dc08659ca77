package fi.opeverkko.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The outbox's queue length as a metric ({@code opeverkko_outbox_queued} on the management
 * interface's /metrics), counted when the metrics are read. Registered when the portal starts and
 * removed when it stops: the registry is the server's, and a redeployed portal's gauge would
 * otherwise find the old one in its place.
 */
@ApplicationScoped
public class OutboxGauge {

  static final String NAME = "opeverkko.outbox.queued";
  private static final Logger LOG = Logger.getLogger(OutboxGauge.class.getName());

  @Inject private MeterRegistry registry;
  @Inject private OutboxTable outbox;

  /**
   * Registers through {@code gauge(...)}, not {@code Gauge.builder}: WildFly's registry of a
   * deployment hands only the former on to the server's registries (a built gauge stays in the
   * deployment's own, which nothing exports). The registry holds this bean weakly; the application
   * context holds it until the portal stops.
   */
  void register(@Observes Startup started) {
    registry.gauge(NAME, Tags.empty(), this, OutboxGauge::queued);
  }

  @PreDestroy
  void remove() {
    Optional.ofNullable(registry.find(NAME).gauge()).ifPresent(registry::remove);
  }

  private double queued() {
    try {
      return outbox.queue().length();
    } catch (SQLException | RuntimeException failure) {
      LOG.warning(() -> "Outbox queue not counted: " + Reasons.of(failure));
      return Double.NaN;
    }
  }
}
