package fi.opeverkko.feedback;

import fi.opeverkko.platform.Published;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Writes feedback and its discussions that did not happen through the portal's pages, at the times
 * given (the demo network, through the visits' and courses' replays): the same rules as {@link
 * FeedbackReports}, without a signed-in user, audit or mail. The caller holds the transaction.
 */
@Published
public final class FeedbackReplay {

  private final EntityManager em;

  public FeedbackReplay(EntityManager em) {
    this.em = em;
  }

  /** Reports the feedback at {@code at}; the id of the discussion it opens, or {@code null}. */
  public Long report(FeedbackResult result, LocalDateTime at) {
    FeedbackDiscussion opened = Discussions.report(em, result, at);
    return opened == null ? null : opened.getId();
  }

  /** The leader records the discussion as held on the day and closes it at {@code at}. */
  public void heldAndClosed(
      Long discussionId, LocalDate heldOn, String agreed, String by, LocalDateTime at) {
    FeedbackDiscussion discussion = em.find(FeedbackDiscussion.class, discussionId);
    discussion.record(heldOn, agreed, by, at.toLocalDate());
    discussion.close(by, at);
  }
}
