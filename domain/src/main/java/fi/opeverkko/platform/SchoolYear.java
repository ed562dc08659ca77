package fi.opeverkko.platform;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;

/**
 * A Finnish school year, 1 August – 31 July, named by the calendar year in which it starts: school
 * year 2026 runs from 1 August 2026 to 31 July 2027.
 */
public record SchoolYear(int startYear) implements Serializable, Comparable<SchoolYear> {

  private static final Month FIRST_MONTH = Month.AUGUST;

  private static final int FIRST_START_YEAR = 2000;

  /** The first school year the portal knows: nothing of the network is older. */
  public static final SchoolYear FIRST = new SchoolYear(FIRST_START_YEAR);

  public SchoolYear {
    if (startYear < FIRST_START_YEAR || startYear > 2100) {
      throw new IllegalArgumentException("School year out of range: " + startYear);
    }
  }

  public static SchoolYear containing(LocalDate date) {
    int year = date.getMonthValue() >= FIRST_MONTH.getValue() ? date.getYear() : date.getYear() - 1;
    return new SchoolYear(year);
  }

  public LocalDate firstDay() {
    return LocalDate.of(startYear, FIRST_MONTH, 1);
  }

  public LocalDate lastDay() {
    return firstDay().plusYears(1).minusDays(1);
  }

  public SchoolYear next() {
    return new SchoolYear(startYear + 1);
  }

  public SchoolYear previous() {
    return new SchoolYear(startYear - 1);
  }

  /** The usual written form, e.g. "2026–2027". */
  public String label() {
    return startYear + "\u2013" + (startYear + 1);
  }

  @Override
  public int compareTo(SchoolYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return label();
  }
}
