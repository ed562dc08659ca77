package fi.opeverkko.reporting;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A survey round with its questions.
 *
 * @param respondents how many teachers have answered it
 */
@Published
public record RoundRow(
    long id,
    SchoolYear year,
    LocalDate opensOn,
    LocalDate closesOn,
    RoundState state,
    List<QuestionRow> questions,
    long respondents)
    implements Serializable {

  public RoundRow {
    questions = List.copyOf(questions);
  }

  public boolean editable() {
    return state == RoundState.UPCOMING;
  }

  /** The round's questions as details to revise or copy into another round. */
  public RoundDetails details() {
    return new RoundDetails(
        year, opensOn, closesOn, questions.stream().map(QuestionRow::details).toList());
  }
}
