package fi.opeverkko.platform;

import java.util.Arrays;

/** A school's tally in one of a query's {@link Periods} (its index, from 0). */
@Published
public record PeriodTally(int period, SchoolTally tally) {

  /** A row of a tally query by period: the period's index, then a {@link SchoolTally}'s columns. */
  public static PeriodTally of(Object[] row) {
    return new PeriodTally(
        Math.toIntExact(SchoolTally.number(row[0])),
        SchoolTally.of(Arrays.copyOfRange(row, 1, row.length)));
  }
}
