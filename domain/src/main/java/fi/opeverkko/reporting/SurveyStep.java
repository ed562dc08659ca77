package fi.opeverkko.reporting;

import fi.opeverkko.platform.Published;
import java.util.Arrays;

/**
 * The four steps of the self-assessment scale, from the lowest: a teacher who answers one of the
 * first two needs training in the question's area.
 */
@Published
public enum SurveyStep {
  BEGINNER(1),
  NEEDS_TRAINING(2),
  CAN(3),
  CAN_GUIDE_OTHERS(4);

  /** The highest step that still counts as needing training, as the results' SQL compares. */
  static final int NEEDS_TRAINING_UP_TO = 2;

  private final int number;

  SurveyStep(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }

  /** Whether a teacher on this step is a gap to fill with a badge or a course. */
  public boolean needsTraining() {
    return number <= NEEDS_TRAINING_UP_TO;
  }

  static SurveyStep ofNumber(int number) {
    return Arrays.stream(values())
        .filter(step -> step.number == number)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No survey step " + number));
  }
}
