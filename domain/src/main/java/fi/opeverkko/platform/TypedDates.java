package fi.opeverkko.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as people in the network type them, whatever their language: {@code 22.12.2026}
 * or {@code 2026-12-22}, and {@code 9}, {@code 9.00}, {@code 09:00} or {@code 0900}. One parser for
 * every date and time field, so that no form accepts a form another refuses. Two-digit years are
 * this century's ({@code 22.12.26}).
 */
public final class TypedDates {

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})\\s*[./]\\s*(\\d{1,2})\\s*[./]\\s*(\\d{2}|\\d{4})");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern HOURS_MINUTES =
      Pattern.compile("(\\d{1,2})(?:\\s*[.:]\\s*(\\d{2}))?");
  private static final Pattern DIGITS_ONLY = Pattern.compile("(\\d{1,2})(\\d{2})");

  private TypedDates() {}

  /** The date the text means, or empty when it is no date (e.g. 31.2.2026 or "tomorrow"). */
  public static Optional<LocalDate> date(String text) {
    String typed = text == null ? "" : text.strip();
    Matcher finnish = DAY_MONTH_YEAR.matcher(typed);
    if (finnish.matches()) {
      int year = Integer.parseInt(finnish.group(3));
      return dateOf(
          finnish.group(3).length() == 2 ? 2000 + year : year,
          Integer.parseInt(finnish.group(2)),
          Integer.parseInt(finnish.group(1)));
    }
    Matcher iso = ISO_DATE.matcher(typed);
    if (iso.matches()) {
      return dateOf(
          Integer.parseInt(iso.group(1)),
          Integer.parseInt(iso.group(2)),
          Integer.parseInt(iso.group(3)));
    }
    return Optional.empty();
  }

  /** The time of day the text means, or empty when it is none (e.g. 25.00 or 9.5). */
  public static Optional<LocalTime> time(String text) {
    String typed = text == null ? "" : text.strip();
    Matcher separated = HOURS_MINUTES.matcher(typed);
    Matcher digits = DIGITS_ONLY.matcher(typed);
    Matcher found = separated.matches() ? separated : digits.matches() ? digits : null;
    if (found == null) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(found.group(1));
    int minute = found.group(2) == null ? 0 : Integer.parseInt(found.group(2));
    if (hour > 23 || minute > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute));
  }

  private static Optional<LocalDate> dateOf(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException noSuchDay) {
      return Optional.empty();
    }
  }
}
