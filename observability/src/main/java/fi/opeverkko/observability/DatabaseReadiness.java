package fi.opeverkko.observability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the portal's database answers a query through the portal's own datasource (a
 * pool that cannot reach the database fails here, as every page would).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject private OutboxTable database;

  @Override
  public HealthCheckResponse call() {
    try {
      return HealthCheckResponse.named("database")
          .up()
          .withData("product", database.databaseProduct())
          .build();
    } catch (SQLException | RuntimeException failure) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("reason", Reasons.of(failure))
          .build();
    }
  }
}
