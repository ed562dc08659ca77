package fi.opeverkko.courses;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.time.LocalDateTime;

/**
 * A session of a course a person has a place on, for their calendar feed.
 *
 * @param place a contact day's place, else the session's link
 * @param cancelled whether the course was cancelled: the feed keeps it, marked so
 * @param signedUpAt when the place was taken: the event's last change as far as the feed knows
 */
@Published
public record CalendarSession(
    Long courseId,
    LocalizedName courseName,
    SessionKind kind,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String place,
    boolean cancelled,
    LocalDateTime signedUpAt) {}
