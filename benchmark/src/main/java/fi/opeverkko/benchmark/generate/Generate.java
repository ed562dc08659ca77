package fi.opeverkko.benchmark.generate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code bin/portal generate [--scale 10] [--db postgres]}: adds a metro-scale network to the
 * portal's database, which the portal migrated and filled with its demo data, while the portal is
 * stopped. Bulk JDBC inserts, not the portal's use cases: no audit entries, no letters.
 *
 * <p>Arguments: {@code --scale N --url JDBC-URL --user USER --password PASSWORD}.
 */
public final class Generate {

  private Generate() {}

  public static void main(String[] args) throws SQLException {
    Map<String, String> options = options(args);
    Scale scale = new Scale(Integer.parseInt(options.getOrDefault("scale", "10")));
    LocalDateTime now = LocalDateTime.now();
    int schoolYear = now.getMonthValue() >= 8 ? now.getYear() : now.getYear() - 1;
    long started = System.nanoTime();
    try (Connection connection =
        DriverManager.getConnection(
            options.get("url"), options.get("user"), options.get("password"))) {
      connection.setAutoCommit(false);
      Database database = new Database(connection);
      Network network = new Network(database, scale, schoolYear);
      step("schools, staff and experts", network::generate);
      step("visit requests", new Visits(database, network, scale, now)::generate);
      step(
          "activity log",
          new Activities(database, network, scale, schoolYear, now.toLocalDate())::generate);
      step("badge grants", new Competence(database, network, scale, now)::generate);
      step("courses and sign-ups", new Courses(database, network, scale, now)::generate);
      // The planner's statistics of the tables just filled, as autovacuum would keep them later:
      // planned for the near-empty tables it saw, PostgreSQL took seconds for the standings.
      step("planner statistics (ANALYZE)", () -> analyze(connection));
      System.out.println();
      for (String table : COUNTED) {
        System.out.printf("  %-24s %,10d rows%n", table, count(connection, table));
      }
    }
    System.out.printf(
        "Generated scale %d in %d s.%n",
        scale.factor(), (System.nanoTime() - started) / 1_000_000_000L);
  }

  private static final String[] COUNTED = {
    "city",
    "school",
    "person",
    "school_assignment",
    "visit_request",
    "visit_event",
    "expert_booking",
    "visit_feedback",
    "feedback_subject",
    "activity_log_entry",
    "badge_grant",
    "course",
    "course_sign_up"
  };

  private interface Step {
    void run() throws SQLException;
  }

  private static void step(String what, Step step) throws SQLException {
    long started = System.nanoTime();
    step.run();
    System.out.printf("  %-28s %6.1f s%n", what, (System.nanoTime() - started) / 1e9);
  }

  private static void analyze(Connection connection) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute("ANALYZE");
    }
    connection.commit();
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (var statement = connection.createStatement();
        var result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected an option, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    for (String required : new String[] {"url", "user", "password"}) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("--" + required + " is required");
      }
    }
    return options;
  }
}
