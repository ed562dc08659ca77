package fi.opeverkko.reporting;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import java.io.Serializable;

/**
 * What happened in one term: the autumn (August to December) or the spring (January to July) of a
 * school year; course places count by the course's first day.
 */
@Published
public record TermFigures(
    SchoolYear year,
    boolean spring,
    long grants,
    long visits,
    long feedbackGiven,
    long ratingSum,
    long minutesLogged,
    long coursePlaces)
    implements Serializable {

  public Double feedbackAverage() {
    return feedbackGiven == 0 ? null : (double) ratingSum / feedbackGiven;
  }

  public double hoursLogged() {
    return minutesLogged / 60.0;
  }
}
