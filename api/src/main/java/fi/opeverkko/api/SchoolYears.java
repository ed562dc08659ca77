package fi.opeverkko.api;

import fi.opeverkko.platform.SchoolYear;

/** A school year asked for by its first calendar year ({@code year=2025} for 2025–2026). */
public final class SchoolYears {

  private SchoolYears() {}

  /** The year asked for, or the current one when none was; 400 for a year out of range. */
  public static SchoolYear orCurrent(Integer startYear, SchoolYear current) {
    if (startYear == null) {
      return current;
    }
    try {
      return new SchoolYear(startYear);
    } catch (IllegalArgumentException outOfRange) {
      throw new ApiException(400, "badYear");
    }
  }
}
