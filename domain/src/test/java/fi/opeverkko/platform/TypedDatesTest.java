package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedDatesTest {

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "22.12.2026 | 2026-12-22",
        "1.2.2027 | 2027-02-01",
        "01.02.2027 | 2027-02-01",
        " 22.12.2026  | 2026-12-22",
        "22.12.26 | 2026-12-22",
        "22/12/2026 | 2026-12-22",
        "2026-12-22 | 2026-12-22",
        "29.2.2028 | 2028-02-29"
      })
  void datesAsPeopleTypeThem(String typed, LocalDate meant) {
    assertEquals(Optional.of(meant), TypedDates.date(typed));
  }

  @ParameterizedTest(name = "''{0}'' is no date")
  @NullAndEmptySource
  @ValueSource(
      strings = {"31.2.2026", "29.2.2027", "22.13.2026", "22.12.", "huomenna", "22.12.202"})
  void notDates(String typed) {
    assertTrue(TypedDates.date(typed).isEmpty());
  }

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "9 | 09:00",
        "9.00 | 09:00",
        "09:00 | 09:00",
        "9:00 | 09:00",
        "0900 | 09:00",
        "900 | 09:00",
        "13.30 | 13:30",
        "1330 | 13:30",
        " 8.15 | 08:15",
        "0 | 00:00",
        "23.59 | 23:59"
      })
  void timesAsPeopleTypeThem(String typed, LocalTime meant) {
    assertEquals(Optional.of(meant), TypedDates.time(typed));
  }

  @ParameterizedTest(name = "''{0}'' is no time")
  @NullAndEmptySource
  @ValueSource(strings = {"24.00", "9.60", "9.5", "12345", "klo 9", "9-10", "9.00.00"})
  void notTimes(String typed) {
    assertTrue(TypedDates.time(typed).isEmpty());
  }
}
