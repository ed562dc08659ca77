package fi.opeverkko.visits;

import fi.opeverkko.platform.SchoolYear;
import java.time.LocalDate;
import java.time.Month;

/**
 * A term of the school year, autumn (August–December) or spring (January–July), as the workload
 * counts an expert's booked hours.
 *
 * @param first its first day
 * @param last its last day
 */
record Term(LocalDate first, LocalDate last) {

  static Term of(LocalDate day) {
    SchoolYear year = SchoolYear.containing(day);
    boolean autumn = day.getMonthValue() >= Month.AUGUST.getValue();
    return autumn
        ? new Term(year.firstDay(), LocalDate.of(day.getYear(), 12, 31))
        : new Term(LocalDate.of(day.getYear(), 1, 1), year.lastDay());
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }
}
