package fi.opeverkko.visits;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A stretch of an expert's time, from its start up to but not including its end: a visit ending at
 * 10:00 and one starting at 10:00 do not overlap, so an expert may go from one straight to the
 * next.
 */
record TimeSlot(LocalDateTime startsAt, LocalDateTime endsAt) {

  boolean overlaps(TimeSlot other) {
    return startsAt.isBefore(other.endsAt) && endsAt.isAfter(other.startsAt);
  }

  /** The length in hours, to the minute (a visit of 1 h 45 min is 1.75). */
  double hours() {
    return Duration.between(startsAt, endsAt).toMinutes() / 60.0;
  }
}
