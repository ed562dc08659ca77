package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @ParameterizedTest(name = "Easter {0} is {1}")
  @CsvSource({
    "1818, 1818-03-22", // earliest possible
    "2008, 2008-03-23",
    "2011, 2011-04-24",
    "2019, 2019-04-21",
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25", // latest possible
    "2285, 2285-03-22"
  })
  void easterByTheAnonymousGregorianAlgorithm(int year, LocalDate easter) {
    assertEquals(easter, WorkingDays.easterSunday(year));
  }

  @Test
  @DisplayName("2026: the movable holidays fall on the real dates")
  void movableHolidaysOf2026() {
    var holidays = WorkingDays.holidays(2026);

    assertTrue(holidays.contains(date(2026, 4, 3)), "Good Friday");
    assertTrue(holidays.contains(date(2026, 4, 5)), "Easter Sunday");
    assertTrue(holidays.contains(date(2026, 4, 6)), "Easter Monday");
    assertTrue(holidays.contains(date(2026, 5, 14)), "Ascension Day");
    assertTrue(holidays.contains(date(2026, 5, 24)), "Whit Sunday");
    assertTrue(holidays.contains(date(2026, 6, 19)), "Midsummer Eve");
    assertTrue(holidays.contains(date(2026, 6, 20)), "Midsummer Day");
    assertTrue(holidays.contains(date(2026, 10, 31)), "All Saints' Day");
    assertEquals(15, holidays.size());
  }

  @Test
  @DisplayName("Fixed holidays, and holidays on a weekday, are not working days")
  void holidaysAreNotWorkingDays() {
    assertFalse(WorkingDays.isWorkingDay(date(2026, 1, 1)), "New Year's Day, Thursday");
    assertFalse(WorkingDays.isWorkingDay(date(2026, 1, 6)), "Epiphany, Tuesday");
    assertFalse(WorkingDays.isWorkingDay(date(2026, 4, 3)), "Good Friday");
    assertFalse(WorkingDays.isWorkingDay(date(2026, 4, 6)), "Easter Monday");
    assertFalse(WorkingDays.isWorkingDay(date(2026, 5, 1)), "May Day, Friday");
    assertFalse(WorkingDays.isWorkingDay(date(2026, 5, 14)), "Ascension Day, Thursday");
    assertFalse(WorkingDays.isWorkingDay(date(2026, 6, 19)), "Midsummer Eve, Friday");
    assertFalse(WorkingDays.isWorkingDay(date(2027, 12, 6)), "Independence Day, Monday");
    assertFalse(WorkingDays.isWorkingDay(date(2026, 12, 24)), "Christmas Eve, Thursday");
    assertFalse(WorkingDays.isWorkingDay(date(2026, 12, 25)), "Christmas Day, Friday");
    assertFalse(WorkingDays.isWorkingDay(date(2025, 12, 26)), "Boxing Day, Friday");
  }

  @Test
  void weekendsAreNotWorkingDaysAndOrdinaryWeekdaysAre() {
    assertFalse(WorkingDays.isWorkingDay(date(2026, 11, 21)), "Saturday");
    assertFalse(WorkingDays.isWorkingDay(date(2026, 11, 22)), "Sunday");
    assertTrue(WorkingDays.isWorkingDay(date(2026, 11, 23)), "Monday");
    assertTrue(WorkingDays.isWorkingDay(date(2026, 4, 2)), "Maundy Thursday is a working day");
    assertTrue(WorkingDays.isWorkingDay(date(2026, 4, 7)), "Tuesday after Easter");
  }

  @Test
  @DisplayName("Two holidays on one day: Ascension Day was May Day in 2008")
  void coincidingHolidays() {
    assertEquals(date(2008, 5, 1), WorkingDays.easterSunday(2008).plusDays(39));
    assertEquals(14, WorkingDays.holidays(2008).size());
  }

  @Test
  @DisplayName("Midsummer and All Saints fall on the right weekday in the right week, every year")
  void midsummerAndAllSaintsEveryYear() {
    for (int year = 2000; year <= 2100; year++) {
      long midsummerEves =
          WorkingDays.holidays(year).stream()
              .filter(d -> d.getDayOfWeek() == DayOfWeek.FRIDAY)
              .filter(d -> within(d, MonthDay.of(6, 19), MonthDay.of(6, 25)))
              .count();
      long midsummerDays =
          WorkingDays.holidays(year).stream()
              .filter(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY)
              .filter(d -> within(d, MonthDay.of(6, 20), MonthDay.of(6, 26)))
              .count();
      long allSaints =
          WorkingDays.holidays(year).stream()
              .filter(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY)
              .filter(
                  d ->
                      within(d, MonthDay.of(10, 31), MonthDay.of(10, 31))
                          || within(d, MonthDay.of(11, 1), MonthDay.of(11, 6)))
              .count();
      assertEquals(1, midsummerEves, "Midsummer Eve " + year);
      assertEquals(1, midsummerDays, "Midsummer Day " + year);
      assertEquals(1, allSaints, "All Saints' Day " + year);
    }
  }

  private static boolean within(LocalDate date, MonthDay first, MonthDay last) {
    MonthDay day = MonthDay.from(date);
    return !day.isBefore(first) && !day.isAfter(last);
  }

  @Test
  @DisplayName("Ten working days from Friday 18 Dec 2026 end on Thursday 7 Jan 2027")
  void tenWorkingDaysAcrossChristmas() {
    // 21, 22, 23 Dec; 24-27 off; 28, 29, 30, 31 Dec; 1-3 Jan off; 4, 5 Jan; 6 Jan off; 7 Jan.
    LocalDate sent = date(2026, 12, 18);

    LocalDate due = WorkingDays.plusWorkingDays(sent, 10);

    assertEquals(date(2027, 1, 7), due);
    assertEquals(10, WorkingDays.workingDaysBetween(sent, due));
    assertEquals(9, WorkingDays.workingDaysBetween(sent, due.minusDays(1)));
    assertEquals(sent, WorkingDays.plusWorkingDays(due, -10));
  }

  @Test
  @DisplayName("Easter 2026: Good Friday and Easter Monday are off")
  void easterWeek() {
    // Monday 30 Mar to Sunday 5 Apr: Monday to Thursday work, Good Friday is off.
    assertEquals(4, WorkingDays.workingDaysBetween(date(2026, 3, 29), date(2026, 4, 5)));
    // Monday 6 Apr (Easter Monday) to Friday 10 Apr.
    assertEquals(4, WorkingDays.workingDaysBetween(date(2026, 4, 5), date(2026, 4, 10)));
    assertEquals(date(2026, 4, 7), WorkingDays.plusWorkingDays(date(2026, 4, 2), 1));
  }

  @Test
  void emptyOrBackwardSpansCountZero() {
    LocalDate day = date(2026, 11, 23);
    assertEquals(0, WorkingDays.workingDaysBetween(day, day));
    assertEquals(0, WorkingDays.workingDaysBetween(day, day.minusDays(5)));
    assertEquals(day, WorkingDays.plusWorkingDays(day, 0));
    assertEquals(1, WorkingDays.workingDaysBetween(day, day.plusDays(1)));
  }

  @Test
  @DisplayName("plusWorkingDays and workingDaysBetween agree over a whole year")
  void plusAndBetweenAgree() {
    for (LocalDate start = date(2026, 1, 1); start.getYear() == 2026; start = start.plusDays(1)) {
      for (int n = 1; n <= 15; n++) {
        LocalDate end = WorkingDays.plusWorkingDays(start, n);
        assertTrue(WorkingDays.isWorkingDay(end), start + " + " + n);
        assertEquals(n, WorkingDays.workingDaysBetween(start, end), start + " + " + n);
      }
    }
  }
}
