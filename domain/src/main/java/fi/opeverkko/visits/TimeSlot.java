package fi.opeverkko.visits;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * A stretch of an expert's time, from its start up to but not including its end: a visit ending at
 * 10:00 and one starting at 10:00 do not overlap, so an expert may go from one straight to the
 * next.
 */
record TimeSlot(LocalDateTime startsAt, LocalDateTime endsAt) {

  boolean overlaps(TimeSlot other) {
    return startsAt.isBefore(other.endsAt) && endsAt.isAfter(other.startsAt);
  }

  /**
   * Gathers rows of (expert's id, start, end), as the bookings' queries select them, into each
   * expert's slots.
   */
  static Collector<Object[], ?, Map<Long, List<TimeSlot>>> byExpert() {
    return Collectors.groupingBy(
        row -> (Long) row[0],
        Collectors.mapping(
            row -> new TimeSlot((LocalDateTime) row[1], (LocalDateTime) row[2]),
            Collectors.toList()));
  }

  /** The length in hours, to the minute (a visit of 1 h 45 min is 1.75). */
  double hours() {
    return Duration.between(startsAt, endsAt).toMinutes() / 60.0;
  }
}
