package fi.opeverkko.visits;

import java.net.URI;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Renders training visits as an RFC 5545 iCalendar feed that people subscribe to in Outlook, Google
 * Calendar or their phone, so a booked visit appears in the expert's and the school's own calendar
 * and moves or disappears with it.
 *
 * <p>Times are written in UTC ({@code 20260403T070000Z}), so the feed needs no VTIMEZONE and every
 * client shows the same moment in its own zone. Cancelled visits stay in the feed with {@code
 * STATUS:CANCELLED} (and, from the caller, a higher SEQUENCE), so subscribed calendars remove or
 * strike them instead of keeping a stale copy.
 *
 * <p>Every event names the feed's organizer: with {@code METHOD:PUBLISH}, RFC 5546 (iTIP) requires
 * an ORGANIZER in each VEVENT, and iCal4j's validation insists on it.
 *
 * <p>Lines are folded here rather than by iCal4j's {@code CalendarOutputter} (which writes {@code
 * calendar.toString()} through a {@code FoldingWriter}): that writer counts characters, not octets,
 * so a line of Finnish text (ä, ö: two octets each in UTF-8) can come out at nearly twice the 75
 * octets RFC 5545 allows.
 */
public class CalendarFeed {

  static final String PRODUCT_ID = "-//Opeverkko//Training visits//EN";

  /** RFC 5545, 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
  static final int MAX_LINE_OCTETS = 75;

  private static final String CRLF = "\r\n";

  private final URI organizer;
  private final InstantSource clock;

  /**
   * A feed stamped with the current time.
   *
   * @param organizer who publishes the events, e.g. {@code mailto:opeverkko@example.fi}
   */
  public CalendarFeed(URI organizer) {
    this(organizer, InstantSource.system());
  }

  /** A feed stamped (DTSTAMP) with the given clock's time, e.g. a fixed one in tests. */
  public CalendarFeed(URI organizer, InstantSource clock) {
    this.organizer = Objects.requireNonNull(organizer, "organizer");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The whole feed, CRLF line breaks and folded lines, to be sent as {@code text/calendar}.
   *
   * <p>Without entries the feed is a VCALENDAR with no component. Strictly, RFC 5545 wants at least
   * one (iCal4j's validation says so), but calendar clients accept an empty subscription, and an
   * invented placeholder event would show up in people's calendars.
   */
  public String render(String name, List<CalendarEntry> entries) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", text(name)));
    for (CalendarEntry entry : entries) {
      calendar.add(event(entry, now));
    }
    return fold(calendar.toString());
  }

  private VEvent event(CalendarEntry entry, Instant now) {
    VEvent event = new VEvent(false);
    event.add(new Uid(entry.uid()));
    event.add(new DtStamp(now));
    event.add(new Organizer(organizer));
    event.add(new DtStart<>(utc(entry.start().toInstant())));
    event.add(new DtEnd<>(utc(entry.end().toInstant())));
    event.add(new Summary(text(entry.summary())));
    if (hasText(entry.location())) {
      event.add(new Location(text(entry.location())));
    }
    if (hasText(entry.description())) {
      event.add(new Description(text(entry.description())));
    }
    event.add(new Sequence(Math.toIntExact(entry.sequence())));
    event.add(new LastModified(utc(entry.lastModified())));
    event.add(
        entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    return event;
  }

  private static Instant utc(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS);
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }

  /** One kind of line break inside text values; iCal4j escapes it as {@code \n}. */
  private static String text(String value) {
    return value.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * Folds each content line so that no line exceeds 75 octets of UTF-8: a CRLF and a space before
   * the code point that would not fit. Never splits a character (or a surrogate pair) in two.
   */
  static String fold(String unfolded) {
    StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 64);
    for (String line : unfolded.split(CRLF)) {
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int codePoint = line.codePointAt(i);
        int width = utf8Octets(codePoint);
        if (octets + width > MAX_LINE_OCTETS) {
          folded.append(CRLF).append(' ');
          octets = 1;
        }
        folded.appendCodePoint(codePoint);
        octets += width;
        i += Character.charCount(codePoint);
      }
      folded.append(CRLF);
    }
    return folded.toString();
  }

  private static int utf8Octets(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }
}
