package fi.opeverkko.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * Consecutive periods, such as the terms of school years, for figures summed in SQL: from the first
 * bound up to the last (excluded), each period from one bound up to the next. A tally query keeps
 * the rows {@link #within} the periods and groups them by {@link #indexOf}, so every period's
 * figures come from one query instead of one query a period.
 *
 * <p>The bounds are written into the SQL as date literals (ISO dates made here, never text from a
 * user), which H2 and PostgreSQL read alike and compare with dates and timestamps.
 */
@Published
public record Periods(List<LocalDate> bounds) {

  public Periods {
    bounds = List.copyOf(bounds);
    if (bounds.size() < 2) {
      throw new IllegalArgumentException("periods need a start and an end: " + bounds);
    }
    for (int i = 1; i < bounds.size(); i++) {
      if (!bounds.get(i - 1).isBefore(bounds.get(i))) {
        throw new IllegalArgumentException("periods go forward: " + bounds);
      }
    }
  }

  public int count() {
    return bounds.size() - 1;
  }

  /** SQL keeping the rows whose {@code column} falls in one of the periods. */
  public String within(String column) {
    return column
        + " >= "
        + literal(bounds.get(0))
        + " AND "
        + column
        + " < "
        + literal(bounds.get(count()));
  }

  /** SQL for the index (from 0) of the period a kept row's {@code column} falls in. */
  public String indexOf(String column) {
    if (count() == 1) {
      return "0";
    }
    StringBuilder sql = new StringBuilder("CASE");
    for (int i = 1; i < count(); i++) {
      sql.append(" WHEN ")
          .append(column)
          .append(" < ")
          .append(literal(bounds.get(i)))
          .append(" THEN ")
          .append(i - 1);
    }
    return sql.append(" ELSE ").append(count() - 1).append(" END").toString();
  }

  private static String literal(LocalDate day) {
    return "DATE '" + day + "'";
  }
}
