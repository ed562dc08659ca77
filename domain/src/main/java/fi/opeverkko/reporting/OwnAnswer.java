package fi.opeverkko.reporting;

import fi.opeverkko.competence.BadgeRow;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.util.List;

/**
 * A teacher's own answer to a question with what would fill the gap it shows.
 *
 * @param badges the current badges of the question's area and level, when the step is a gap
 */
@Published
public record OwnAnswer(QuestionRow question, SurveyStep step, List<BadgeRow> badges)
    implements Serializable {

  public OwnAnswer {
    badges = List.copyOf(badges);
  }

  /** Whether the teacher meets the question's level on their own word. */
  public boolean meetsLevel() {
    return !step.needsTraining();
  }
}
