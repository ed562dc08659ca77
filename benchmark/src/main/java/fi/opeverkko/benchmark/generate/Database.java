package fi.opeverkko.benchmark.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads the demo data the generated rows copy, and opens the tables they go into. */
final class Database {

  private final Connection connection;

  Database(Connection connection) {
    this.connection = connection;
  }

  List<Row> rows(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = query.executeQuery()) {
        return Row.all(result);
      }
    }
  }

  /** The first row the query finds: a template the demo data must have. */
  Row template(String sql, Object... parameters) throws SQLException {
    List<Row> rows = rows(sql, parameters);
    if (rows.isEmpty()) {
      throw new IllegalStateException(
          "the demo data has no row for '" + sql + "': generate into a database the portal filled");
    }
    return rows.get(0);
  }

  /** A table to insert into, after its parents' pending rows (those its rows refer to). */
  Table table(String name, Row shape, Table... parents) throws SQLException {
    return new Table(connection, name, shape, parents);
  }
}
