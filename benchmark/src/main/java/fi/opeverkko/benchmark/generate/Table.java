package fi.opeverkko.benchmark.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Inserts rows into one table in JDBC batches, numbering them from above the table's ids; on close
 * it moves the table's sequence past them, so the portal's next id does not collide. A table whose
 * rows refer to another's sends that one's pending rows first (its parents). A link table (no id
 * column, such as feedback_trainer) takes its rows as they are.
 */
final class Table implements AutoCloseable {

  private static final int BATCH = 1000;

  /** EclipseLink takes a sequence value as the last id of a block of 50 (see V1__network.sql). */
  private static final int ALLOCATION = 50;

  private final Connection connection;
  private final String name;
  private final List<String> columns;
  private final PreparedStatement insert;
  private final Table[] parents;
  private final boolean numbered;
  private long nextId;
  private int pending;
  private long written;

  Table(Connection connection, String name, Row shape, Table... parents) throws SQLException {
    this.connection = connection;
    this.parents = parents;
    this.name = name;
    this.columns = shape.columns();
    String placeholders = String.join(", ", columns.stream().map(column -> "?").toList());
    this.insert =
        connection.prepareStatement(
            "INSERT INTO "
                + name
                + " ("
                + String.join(", ", columns)
                + ") VALUES ("
                + placeholders
                + ")");
    this.numbered = columns.contains("id");
    if (!numbered) {
      return;
    }
    try (Statement statement = connection.createStatement();
        ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + name)) {
      max.next();
      // Above the ids a stopped portal may have taken from the sequence, too.
      nextId = max.getLong(1) + ALLOCATION * 2L;
    }
  }

  /** The id the next row gets. */
  long nextId() {
    return nextId;
  }

  /** Inserts the row with the next id; returns the id (a link table's row: 0). */
  long add(Row row) throws SQLException {
    long id = numbered ? nextId++ : 0;
    Row complete = numbered ? row.with("id", id) : row;
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      Object value = complete.get(column);
      if (value == null) {
        insert.setNull(i + 1, complete.type(column));
      } else {
        insert.setObject(i + 1, value);
      }
    }
    insert.addBatch();
    written++;
    if (++pending == BATCH) {
      flush();
    }
    return id;
  }

  long written() {
    return written;
  }

  private void flush() throws SQLException {
    for (Table parent : parents) {
      parent.flush();
    }
    if (pending > 0) {
      insert.executeBatch();
      connection.commit();
      pending = 0;
    }
  }

  @Override
  public void close() throws SQLException {
    flush();
    insert.close();
    if (!numbered) {
      return;
    }
    long restart = (nextId / ALLOCATION + 2) * ALLOCATION;
    try (Statement statement = connection.createStatement()) {
      statement.execute("ALTER SEQUENCE " + name + "_seq RESTART WITH " + restart);
    }
    connection.commit();
  }
}
