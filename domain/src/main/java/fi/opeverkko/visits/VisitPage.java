package fi.opeverkko.visits;

import fi.opeverkko.feedback.DiscussionRow;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A visit as its page shows it to one user: the request, its history, the experts booked, the
 * feedback with the feedback discussion it opened (to those who may read it), and what this user
 * may do next.
 *
 * @param forSchool whether the user acts for the school, not the team: their cancelling withdraws
 *     the school's own request, where the team's cancels a visit it took on
 * @param openedDiscussion the feedback discussion, or {@code null}: no {@code Optional} field, the
 *     page is kept in the user's session, which a cluster copies by serializing it
 */
public record VisitPage(
    VisitRequest request,
    List<VisitEvent> history,
    List<ExpertBooking> bookings,
    List<VisitFeedback> feedback,
    Set<VisitAction> actions,
    boolean mayGiveFeedback,
    boolean forSchool,
    DiscussionRow openedDiscussion)
    implements Serializable {

  public Optional<DiscussionRow> discussion() {
    return Optional.ofNullable(openedDiscussion);
  }

  public OptionalDouble averageRating() {
    return feedback.stream().mapToInt(VisitFeedback::getRating).average();
  }

  /** The visit's history with the feedback given, in the order it happened. */
  public List<HistoryLine> timeline() {
    return HistoryLine.of(history, feedback);
  }

  public boolean may(String action) {
    return actions.contains(VisitAction.valueOf(action));
  }
}
