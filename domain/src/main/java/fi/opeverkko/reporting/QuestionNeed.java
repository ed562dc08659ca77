package fi.opeverkko.reporting;

import fi.opeverkko.platform.Published;
import java.io.Serializable;

/**
 * How many in a group need training in a question's area: answered the first two steps.
 *
 * @param answered how many answered the question
 */
@Published
public record QuestionNeed(long questionId, long needing, long answered) implements Serializable {

  /** The share needing training, in percent, 0 when nobody answered. */
  public double percent() {
    return answered == 0 ? 0 : 100.0 * needing / answered;
  }
}
