package fi.opeverkko.feedback;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;

/**
 * The average feedback of a team or a trainer in one term, visits and courses apart. An average is
 * {@code null} where nothing of that kind was given feedback on in the term.
 *
 * @param who the team's or trainer's name; {@code null}: the central unit
 * @param termStart the term's first day (autumn from August, spring from January)
 */
@Published
public record TrendRow(
    LocalizedName who,
    LocalDate termStart,
    Double visitAverage,
    long visitAnswers,
    Double courseAverage,
    long courseAnswers)
    implements Serializable {

  public boolean autumn() {
    return termStart.getMonth() == Month.AUGUST;
  }

  public int year() {
    return termStart.getYear();
  }

  /** The same row with a kind's figures added. */
  TrendRow with(SubjectKind kind, long ratingSum, long answers) {
    double average = answers == 0 ? 0 : (double) ratingSum / answers;
    return kind == SubjectKind.VISIT
        ? new TrendRow(who, termStart, average, answers, courseAverage, courseAnswers)
        : new TrendRow(who, termStart, visitAverage, visitAnswers, average, answers);
  }
}
