package fi.opeverkko.visits;

import fi.opeverkko.feedback.FeedbackResult;
import java.io.Serializable;

/**
 * A delivered visit's feedback in short, for the team's list of visits to discuss.
 *
 * @param request the visit
 * @param average the average of its ratings
 * @param answers how many answered
 */
public record FeedbackSummary(VisitRequest request, double average, long answers)
    implements Serializable {

  public boolean needsDiscussion() {
    return average < FeedbackResult.DISCUSSION_BELOW;
  }
}
