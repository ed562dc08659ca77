package fi.opeverkko.courses;

import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.YearMonth;

/**
 * The days a school's teachers are away on courses with a substitute needed, in one month.
 *
 * @param days teacher-days: two teachers away on one day are two days
 */
@Published
public record SubstituteMonth(YearMonth month, long days) implements Serializable {}
