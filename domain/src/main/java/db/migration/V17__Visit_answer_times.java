package db.migration;

import fi.opeverkko.platform.WorkingDays;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The teams' waiting-time trends (issue 16): a visit request keeps the working days its school
 * waited for the team's first answer, written with the answer ({@code VisitRequest}), so that the
 * trends aggregate a column in SQL. Finnish working days cannot be counted in portable SQL (Easter
 * moves the spring holidays), so this migration is Java: it adds the column in portable SQL and
 * counts the days of the requests answered before it with {@link WorkingDays}, as the entity does.
 */
public class V17__Visit_answer_times extends BaseJavaMigration {

  private static final int BATCH = 1_000;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("ALTER TABLE visit_request ADD COLUMN answer_working_days INTEGER");
      // The trends group a team's requests by the month they were sent.
      ddl.execute(
          "CREATE INDEX ix_visit_request_team_submitted ON visit_request (team_id, submitted_at)");
    }
    countAnswerWorkingDays(connection);
  }

  /**
   * Writes the working days from sending to the first answer on every answered request that lacks
   * them (all of them when the column is new), in batches.
   */
  public static void countAnswerWorkingDays(Connection connection) throws SQLException {
    try (Statement answered = connection.createStatement();
        ResultSet rows =
            answered.executeQuery(
                "SELECT id, submitted_at, answered_at FROM visit_request"
                    + " WHERE submitted_at IS NOT NULL AND answered_at IS NOT NULL"
                    + " AND answer_working_days IS NULL");
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE visit_request SET answer_working_days = ? WHERE id = ?")) {
      int pending = 0;
      while (rows.next()) {
        update.setInt(
            1,
            WorkingDays.workingDaysBetween(
                rows.getTimestamp(2).toLocalDateTime().toLocalDate(),
                rows.getTimestamp(3).toLocalDateTime().toLocalDate()));
        update.setLong(2, rows.getLong(1));
        update.addBatch();
        if (++pending == BATCH) {
          update.executeBatch();
          pending = 0;
        }
      }
      update.executeBatch();
    }
  }
}
