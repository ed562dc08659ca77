package fi.opeverkko.platform;

/**
 * The SQL statements EclipseLink runs on the current thread, counted for the benchmark's statements
 * per page: off unless the server runs with the system property {@value #ENABLED} set to {@code
 * true} (see {@link SqlStatementCounting}). A request runs on one thread from the web filter
 * through the services, so the thread's count is the request's.
 */
@Published
public final class SqlStatements {

  public static final String ENABLED = "opeverkko.sql.count";

  private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

  private SqlStatements() {}

  public static boolean enabled() {
    return Boolean.getBoolean(ENABLED);
  }

  /** Starts counting the current thread's statements from zero. */
  public static void reset() {
    COUNT.get()[0] = 0;
  }

  /** The statements run on the current thread since {@link #reset()}. */
  public static int counted() {
    return COUNT.get()[0];
  }

  static void count() {
    COUNT.get()[0]++;
  }
}
