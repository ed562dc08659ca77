package fi.opeverkko.observability;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The outbox's queue as the domain's outbox table keeps it (migration V6: status, next_attempt_at
 * in UTC, index ix_outbox_due), read in plain SQL through the portal's datasource.
 */
@ApplicationScoped
public class OutboxTable {

  private static final String QUEUED = "QUEUED";
  private static final int TIMEOUT_SECONDS = 5;

  @Resource(lookup = "java:jboss/datasources/OpeverkkoDS")
  private DataSource dataSource;

  /** The letters waiting for their (next) try, and when the one longest due was due. */
  public Queue queue() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT COUNT(*), MIN(next_attempt_at) FROM outbox_letter WHERE status = ?")) {
      statement.setQueryTimeout(TIMEOUT_SECONDS);
      statement.setString(1, QUEUED);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        Timestamp longestDue = row.getTimestamp(2);
        return new Queue(
            row.getLong(1), Optional.ofNullable(longestDue).map(Timestamp::toLocalDateTime));
      }
    }
  }

  /** Run a query on the database, the cheapest there is, and name the database. */
  public String databaseProduct() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT 1")) {
      statement.setQueryTimeout(TIMEOUT_SECONDS);
      statement.executeQuery().close();
      return connection.getMetaData().getDatabaseProductName();
    }
  }

  /**
   * @param length the letters queued
   * @param longestDue when the queued letter longest due was due (UTC), empty when none is queued
   */
  public record Queue(long length, Optional<LocalDateTime> longestDue) {}
}
