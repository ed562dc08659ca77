package fi.opeverkko.pilots;

import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** An evaluation round as its pages show it: kind, due date and questions. */
@Published
public record RoundRow(
    long id, SchoolYear year, RoundKind kind, LocalDate dueOn, List<LocalizedText> questions)
    implements Serializable {

  static RoundRow of(EvaluationRound round) {
    return new RoundRow(
        round.getId(),
        round.getSchoolYear(),
        round.getKind(),
        round.getDueOn(),
        List.copyOf(round.getQuestions()));
  }
}
