package fi.opeverkko.visits;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.time.LocalDate;
import java.time.Month;

/**
 * How long a team's schools waited for its first answer to the requests they sent in a term.
 *
 * @param team the team's name
 * @param termStart the term's first day (autumn from August, spring from January)
 * @param answered the requests of the term the team has answered (accepted or declined)
 * @param workingDays the working days the schools waited for those answers, all together
 * @param withinTen the answers given within ten working days
 * @param overdue the requests still unanswered after ten working days
 */
@Published
public record WaitingTimeRow(
    LocalizedName team,
    LocalDate termStart,
    long answered,
    long workingDays,
    long withinTen,
    long overdue) {

  /** The working days a school waited for the answer on average; null before any answer. */
  public Double meanWorkingDays() {
    return answered == 0 ? null : (double) workingDays / answered;
  }

  /**
   * The share (0–1) of the requests answered within ten working days, of those answered or waiting
   * longer than that; null when there are none (the rest are still within their ten days).
   */
  public Double shareWithinTen() {
    long decided = answered + overdue;
    return decided == 0 ? null : (double) withinTen / decided;
  }

  public boolean autumn() {
    return termStart.getMonth() == Month.AUGUST;
  }

  public int year() {
    return termStart.getYear();
  }

  /** The same team and term with a month's figures added. */
  WaitingTimeRow plus(long answered, long workingDays, long withinTen, long overdue) {
    return new WaitingTimeRow(
        team,
        termStart,
        this.answered + answered,
        this.workingDays + workingDays,
        this.withinTen + withinTen,
        this.overdue + overdue);
  }
}
