package fi.opeverkko.visits;

import fi.opeverkko.platform.Published;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One training visit as an event of a calendar feed: what {@link CalendarFeed} needs and nothing of
 * the visit's own model, so the feed can be rendered and tested without the database.
 *
 * @param uid stays the same for the visit's whole life, so calendars update the event in place
 * @param sequence grows each time the date, place or status changes, so calendars take the change
 * @param location optional
 * @param description optional
 * @param cancelled the event stays in the feed, so subscribers see the cancellation
 */
@Published
public record CalendarEntry(
    String uid,
    long sequence,
    ZonedDateTime start,
    ZonedDateTime end,
    String summary,
    String location,
    String description,
    boolean cancelled,
    Instant lastModified) {

  public CalendarEntry {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(lastModified, "lastModified");
    if (uid.isBlank()) {
      throw new IllegalArgumentException("A calendar entry needs a uid");
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("A calendar entry must end after it starts: " + uid);
    }
    if (sequence < 0 || sequence > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("SEQUENCE out of range: " + sequence);
    }
  }
}
