package fi.opeverkko.visits;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A visit as its page shows it to one user: the request, its history, the experts booked, the
 * feedback, and what this user may do next.
 *
 * @param forSchool whether the user acts for the school, not the team: their cancelling withdraws
 *     the school's own request, where the team's cancels a visit it took on
 */
public record VisitPage(
    VisitRequest request,
    List<VisitEvent> history,
    List<ExpertBooking> bookings,
    List<VisitFeedback> feedback,
    Set<VisitAction> actions,
    boolean mayGiveFeedback,
    boolean forSchool) {

  /** Feedback under this average calls for a feedback discussion in the team (seeds 004). */
  public static final double DISCUSSION_BELOW = 3.5;

  public OptionalDouble averageRating() {
    return feedback.stream().mapToInt(VisitFeedback::getRating).average();
  }

  /** Whether the team should hold a feedback discussion about this visit. */
  public boolean needsDiscussion() {
    return averageRating().orElse(5) < DISCUSSION_BELOW;
  }

  /** The visit's history with the feedback given, in the order it happened. */
  public List<HistoryLine> timeline() {
    return HistoryLine.of(history, feedback);
  }

  public boolean may(String action) {
    return actions.contains(VisitAction.valueOf(action));
  }
}
