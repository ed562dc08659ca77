package fi.opeverkko.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The portal's Flyway migrations. They are portable SQL that H2 and PostgreSQL both run ({@code
 * db/migration}); what cannot be is written per database in {@code db/vendor/h2} and {@code
 * db/vendor/postgresql}, of which Flyway reads the folder of the database it meets (Flyway itself
 * has no {@code {vendor}} placeholder: that is Spring Boot's).
 */
public final class Migrations {

  private Migrations() {}

  /** Flyway with the portal's migrations, on the database behind {@code dataSource}. */
  public static Flyway flyway(DataSource dataSource) {
    return Flyway.configure(Migrations.class.getClassLoader())
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
