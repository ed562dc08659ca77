package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/backup on H2, without a server: a database of the portal's schema (every migration) with rows
 * of every kind of value is backed up, restored into an empty database, and every table holds the
 * same rows (count and checksum per table), every sequence the same next value.
 */
class BackupTest {

  private static final Path BACKUP = Path.of("..", "bin", "backup");

  @TempDir Path dir;

  @Test
  @DisplayName("A backup restored into an empty database has every row of every table")
  void restoreHasEveryRow() throws Exception {
    Path source = dir.resolve("source/opeverkko");
    Path restored = dir.resolve("restored/opeverkko");
    Path file = dir.resolve("backup.zip");
    migrateWithRows(source);
    Map<String, String> before = contents(source);

    run("dump", source, file);
    run("load", restored, file);

    Map<String, String> after = contents(restored);
    assertFalse(before.isEmpty());
    assertEquals(before, after);
  }

  @Test
  @DisplayName("A restore refuses a database that exists: it restores into an empty one only")
  void restoreRefusesExistingDatabase() throws Exception {
    Path source = dir.resolve("source/opeverkko");
    Path file = dir.resolve("backup.zip");
    migrateWithRows(source);
    run("dump", source, file);

    assertNotEquals(0, exitCode("load", source, file));
  }

  private static void migrateWithRows(Path db) throws SQLException {
    Flyway.configure()
        .dataSource(url(db), "sa", "sa")
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .load()
        .migrate();
    try (Connection connection = DriverManager.getConnection(url(db), "sa", "sa");
        Statement statement = connection.createStatement()) {
      // Values a dump could lose: quotes, non-ASCII, line breaks, NULLs, long text, times.
      statement.execute(
          "CREATE TABLE backup_probe (id BIGINT PRIMARY KEY, name VARCHAR(100), note CLOB,"
              + " flag BOOLEAN, at TIMESTAMP, amount DECIMAL(10, 2))");
      statement.execute(
          "INSERT INTO backup_probe VALUES"
              + " (1, 'Pääkaupunkiseudun ''mentorit''', 'rivi 1' || CHAR(10) || 'rivi 2',"
              + " TRUE, TIMESTAMP '2026-12-02 08:15:30.123456', 12.50),"
              + " (2, NULL, NULL, NULL, NULL, NULL),"
              + " (3, 'Lärkkulla skola', REPEAT('x', 50000), FALSE, CURRENT_TIMESTAMP, -1)");
      statement.execute("CREATE SEQUENCE backup_probe_seq START WITH 41");
      statement.execute("VALUES NEXT VALUE FOR backup_probe_seq");
    }
  }

  /**
   * Per table its row count and a checksum of its rows in a fixed order; per sequence its value.
   */
  private static Map<String, String> contents(Path db) throws SQLException {
    Map<String, String> contents = new TreeMap<>();
    try (Connection connection = DriverManager.getConnection(url(db), "sa", "sa");
        Statement statement = connection.createStatement()) {
      for (String table :
          strings(
              statement,
              "SELECT table_name FROM information_schema.tables"
                  + " WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'")) {
        List<String> rows = rowsOf(statement, "SELECT * FROM \"" + table + "\"");
        contents.put(table, rows.size() + " rows, sha-256 " + checksum(rows));
      }
      for (String sequence :
          strings(
              statement,
              "SELECT sequence_name || ' ' || base_value FROM information_schema.sequences"
                  + " WHERE sequence_schema = 'PUBLIC'")) {
        contents.put("sequence " + sequence.split(" ")[0], sequence);
      }
    }
    return contents;
  }

  private static List<String> rowsOf(Statement statement, String query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet result = statement.executeQuery(query)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= columns; column++) {
          row.append(result.getString(column)).append('\u0000');
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    return rows;
  }

  private static List<String> strings(Statement statement, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet result = statement.executeQuery(query)) {
      while (result.next()) {
        values.add(result.getString(1));
      }
    }
    return values;
  }

  private static String checksum(List<String> rows) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      rows.forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void run(String action, Path db, Path file) throws Exception {
    assertEquals(0, exitCode(action, db, file), "bin/backup h2 " + action);
  }

  private static int exitCode(String action, Path db, Path file) throws Exception {
    ProcessBuilder backup =
        new ProcessBuilder(BACKUP.toString(), "h2", action, db.toString(), file.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT);
    // The tools of the H2 the test reads with: the server module need not be built.
    backup.environment().put("H2_JAR", h2Jar().toString());
    return backup.start().waitFor();
  }

  private static String url(Path db) {
    return "jdbc:h2:file:" + db.toAbsolutePath();
  }

  private static Path h2Jar() throws URISyntaxException {
    return Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
