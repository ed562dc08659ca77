package fi.opeverkko.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL statements EclipseLink runs on the current thread, counted for the benchmark's statements
 * per page: off unless the server runs with the system property {@value #ENABLED} set to {@code
 * true} (see {@link SqlStatementCounting}). A request runs on one thread from the web filter
 * through the services, so the thread's count is the request's.
 */
@Published
public final class SqlStatements {

  public static final String ENABLED = "opeverkko.sql.count";

  private static final ThreadLocal<List<String>> RUN = ThreadLocal.withInitial(ArrayList::new);

  private SqlStatements() {}

  public static boolean enabled() {
    return Boolean.getBoolean(ENABLED);
  }

  /** Starts counting the current thread's statements from zero. */
  public static void reset() {
    RUN.get().clear();
  }

  /** How many statements ran on the current thread since {@link #reset()}. */
  public static int counted() {
    return RUN.get().size();
  }

  /**
   * The statements run on the current thread since {@link #reset()}, to find where they come from.
   */
  public static List<String> run() {
    return List.copyOf(RUN.get());
  }

  static void count(String sql) {
    RUN.get().add(sql);
  }
}
