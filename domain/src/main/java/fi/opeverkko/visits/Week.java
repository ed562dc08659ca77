package fi.opeverkko.visits;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * A calendar week from Monday to Sunday: the experts reserve hours a week for their team, and their
 * bookings are counted against them week by week.
 *
 * @param monday the week's first day
 */
record Week(LocalDate monday) {

  static Week of(LocalDate day) {
    return new Week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
  }

  /** Monday at midnight. */
  LocalDateTime start() {
    return monday.atStartOfDay();
  }

  /** The next Monday at midnight, the first moment after the week. */
  LocalDateTime end() {
    return monday.plusWeeks(1).atStartOfDay();
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(monday) && day.isBefore(monday.plusWeeks(1));
  }
}
