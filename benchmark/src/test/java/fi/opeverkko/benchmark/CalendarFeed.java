package fi.opeverkko.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

/**
 * What a page's calendar (PrimeFaces' schedule, FullCalendar in the browser) asks for its events
 * right after the page has loaded: an AJAX request of the weeks it shows, as FullCalendar sends
 * them (the range's first and last instant in UTC with milliseconds, from midnight in Helsinki).
 */
final class CalendarFeed {

  /** The range a calendar shows when opened: the inbox's week, the expert's month. */
  enum Range {
    WEEK,
    MONTH
  }

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final DateTimeFormatter AS_FULL_CALENDAR_SENDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private CalendarFeed() {}

  /** The request's parameters for the calendar of this client id, this week or this month. */
  static Map<String, String> of(String calendar, Range range) {
    LocalDate today = LocalDate.now(HELSINKI);
    LocalDate first =
        range == Range.WEEK
            ? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            : today.withDayOfMonth(1);
    LocalDate next = range == Range.WEEK ? first.plusWeeks(1) : first.plusMonths(1);
    return Map.of(
        calendar + "_event", "true",
        calendar + "_start", instant(first),
        calendar + "_end", instant(next));
  }

  private static String instant(LocalDate day) {
    return AS_FULL_CALENDAR_SENDS.format(day.atStartOfDay(HELSINKI));
  }
}
