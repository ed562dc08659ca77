package fi.opeverkko.feedback;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The leader's use cases of a feedback discussion, one transaction each: record when it was held
 * and what was agreed, then close it. Reads are in {@link FeedbackQueries}.
 */
@Published
@Stateless
public class FeedbackService {

  @PersistenceContext private EntityManager em;
  @Inject private FeedbackAccess access;
  @Inject private AuditLog auditLog;
  @Inject private Clock clock;

  public void record(@NotNull Long discussionId, LocalDate heldOn, String agreed) {
    FeedbackDiscussion discussion = existing(discussionId);
    SignedInUser user = access.requireLeaderOf(discussion);
    discussion.record(heldOn, agreed, user.displayName(), clock.today());
    audit(user, "RECORD_FEEDBACK_DISCUSSION", discussion);
  }

  public void close(@NotNull Long discussionId) {
    FeedbackDiscussion discussion = existing(discussionId);
    SignedInUser user = access.requireLeaderOf(discussion);
    discussion.close(user.displayName(), clock.now());
    audit(user, "CLOSE_FEEDBACK_DISCUSSION", discussion);
  }

  private FeedbackDiscussion existing(Long discussionId) {
    FeedbackDiscussion discussion = em.find(FeedbackDiscussion.class, discussionId);
    if (discussion == null) {
      throw new FeedbackRuleException("feedback.noSuchDiscussion", String.valueOf(discussionId));
    }
    return discussion;
  }

  private void audit(SignedInUser user, String action, FeedbackDiscussion discussion) {
    auditLog.record(
        user.loginName(),
        action,
        "feedback discussion " + discussion.getId(),
        AuditOutcome.SUCCESS);
  }
}
