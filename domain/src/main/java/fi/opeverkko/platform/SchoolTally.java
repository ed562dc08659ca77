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

  /**
   * A row of a per-school tally query: the school's id, then the count, the measured and the sum,
   * as far as the query gives them (a column it has not is 0).
   */
  public static SchoolTally of(Object[] row) {
    return new SchoolTally(number(row[0]), number(row[1]), column(row, 2), column(row, 3));
  }

  private static long column(Object[] row, int index) {
    return index < row.length ? number(row[index]) : 0;
  }

  /** A number as the database gives it: a long, a big decimal (a sum), or null (no rows). */
  public static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
