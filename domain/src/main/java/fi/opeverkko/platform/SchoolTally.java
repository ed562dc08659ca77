package fi.opeverkko.platform;

/**
 * A figure of one school summed in SQL, as a context gives it to the dashboards: how many things
 * (grants, visits, log entries), how many of them carry a measure (feedback given, minutes) and the
 * sum of the measure, so that averages roll up by city, type or language without the rows.
 */
@Published
public record SchoolTally(long schoolId, long count, long measured, long sum) {

  /**
   * SQL that keeps the rows of a city's schools: appended to a WHERE, with the city's code bound to
   * its one parameter.
   *
   * @param schoolColumn the column holding the school's id
   */
  public static String inCity(String schoolColumn) {
    return " AND "
        + schoolColumn
        + " IN (SELECT sc.id FROM school sc JOIN city ci ON ci.id = sc.city_id WHERE ci.code = ?)";
  }

  /** A number as the database gives it: a long, a big decimal (a sum), or null (no rows). */
  public static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
