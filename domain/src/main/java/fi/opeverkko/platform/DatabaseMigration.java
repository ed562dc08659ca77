package fi.opeverkko.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the versioned Flyway migrations before anything else runs.
 * Bean-managed, because Flyway commits its own work and must not run inside a JTA transaction.
 *
 * <p>The migrations are portable SQL that H2 and PostgreSQL both run ({@code db/migration}); what
 * cannot be is written per database in {@code db/vendor/h2} and {@code db/vendor/postgresql}, of
 * which Flyway reads the folder of the database it meets (Flyway itself has no {@code {vendor}}
 * placeholder: that is Spring Boot's).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/OpeverkkoDS")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result = flyway(dataSource).migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /** Flyway with the portal's migrations, on the database behind {@code dataSource}. */
  public static Flyway flyway(DataSource dataSource) {
    return Flyway.configure(DatabaseMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(dataSource))
        .load();
  }

  /** The database's product name as its folder: {@code h2} or {@code postgresql}. */
  private static String vendor(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it", e);
    }
  }
}
