package fi.opeverkko.web.common;

import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/**
 * The school year a page shows, chosen by the address's {@code year} among the years people work on
 * (this one and the next being prepared); any other year, or none, is this one. The page draws the
 * choice with {@code ov:yearChoice}.
 */
@Dependent
public class YearChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;

  private Integer startYear;

  /** Settles the year asked for in the address on a workable one, and gives it. */
  public SchoolYear settle() {
    SchoolYear year = clock.workableOrCurrent(startYear);
    startYear = year.startYear();
    return year;
  }

  /** Shows this year from now on. */
  public void choose(SchoolYear year) {
    startYear = year.startYear();
  }

  public List<SchoolYear> getYears() {
    return clock.workableSchoolYears();
  }

  public SchoolYear getSchoolYear() {
    return new SchoolYear(startYear);
  }

  public Integer getStartYear() {
    return startYear;
  }

  public void setStartYear(Integer startYear) {
    this.startYear = startYear;
  }
}
