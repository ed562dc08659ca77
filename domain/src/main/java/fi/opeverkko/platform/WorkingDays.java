package fi.opeverkko.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finnish working days: Monday to Friday, except the public holidays and the days everyone keeps
 * free anyway (Midsummer Eve, Christmas Eve). Deadlines of the training visits ("answer within ten
 * working days") count these, so that a request sent just before Christmas or Easter does not
 * expire while nobody is at work.
 *
 * <p>Pure and stateless apart from a cache of each year's holidays; the movable feasts follow
 * Easter, computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 */
public final class WorkingDays {

  private static final Map<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

  private WorkingDays() {}

  /** Whether people are at work on the day: not a weekend and not a holiday. */
  public static boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY
        && day != DayOfWeek.SUNDAY
        && !holidays(date.getYear()).contains(date);
  }

  /**
   * The working days after {@code fromExclusive} up to and including {@code toInclusive}: how many
   * working days have passed since a request was sent. Zero when {@code toInclusive} is not after
   * {@code fromExclusive}.
   */
  public static int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    int count = 0;
    for (LocalDate day = fromExclusive.plusDays(1);
        !day.isAfter(toInclusive);
        day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The day {@code workingDays} working days after {@code date} (before it if negative); {@code
   * date} itself when zero. For any {@code n >= 0}: {@code workingDaysBetween(date,
   * plusWorkingDays(date, n)) == n}, and the result is a working day when {@code n != 0}.
   */
  public static LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    int step = workingDays < 0 ? -1 : 1;
    LocalDate day = date;
    for (int left = Math.abs(workingDays); left > 0; ) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /**
   * The year's holidays, including those that always fall on a weekend (Easter Sunday, Whit Sunday,
   * Midsummer Day, All Saints' Day), so that a calendar can name them.
   */
  public static Set<LocalDate> holidays(int year) {
    return HOLIDAYS.computeIfAbsent(year, WorkingDays::computeHolidays);
  }

  /** Easter Sunday of the year in the Gregorian calendar (anonymous Gregorian algorithm). */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static Set<LocalDate> computeHolidays(int year) {
    LocalDate easter = easterSunday(year);
    // Not Set.of: two holidays can fall on one day (Ascension Day was May Day in 2008).
    return Set.copyOf(
        List.of(
            LocalDate.of(year, Month.JANUARY, 1), // New Year's Day
            LocalDate.of(year, Month.JANUARY, 6), // Epiphany
            easter.minusDays(2), // Good Friday
            easter,
            easter.plusDays(1), // Easter Monday
            LocalDate.of(year, Month.MAY, 1), // May Day
            easter.plusDays(39), // Ascension Day
            easter.plusDays(49), // Whit Sunday
            firstOnOrAfter(LocalDate.of(year, Month.JUNE, 19), DayOfWeek.FRIDAY), // Midsummer Eve
            firstOnOrAfter(LocalDate.of(year, Month.JUNE, 20), DayOfWeek.SATURDAY), // Midsummer Day
            firstOnOrAfter(LocalDate.of(year, Month.OCTOBER, 31), DayOfWeek.SATURDAY), // All Saints
            LocalDate.of(year, Month.DECEMBER, 6), // Independence Day
            LocalDate.of(year, Month.DECEMBER, 24), // Christmas Eve
            LocalDate.of(year, Month.DECEMBER, 25), // Christmas Day
            LocalDate.of(year, Month.DECEMBER, 26))); // Boxing Day
  }

  private static LocalDate firstOnOrAfter(LocalDate date, DayOfWeek dayOfWeek) {
    return date.with(TemporalAdjusters.nextOrSame(dayOfWeek));
  }
}
