package fi.opeverkko.plans;

import fi.opeverkko.platform.Published;

/**
 * Where a tutor activity plan stands: the tutors write a draft and submit it; the principal
 * approves it or returns it with comments, and the tutors correct and resubmit it. The one place
 * that knows which step may follow which.
 */
@Published
public enum PlanStatus {
  DRAFT,
  SUBMITTED,
  RETURNED,
  APPROVED;

  /** The status after the action, or a refusal when the action cannot follow this status. */
  public PlanStatus after(PlanAction action) {
    PlanStatus next = nextOrNull(action);
    if (next == null) {
      throw new PlanRuleException("plan.illegalTransition", this, action);
    }
    return next;
  }

  public boolean allows(PlanAction action) {
    return nextOrNull(action) != null;
  }

  private PlanStatus nextOrNull(PlanAction action) {
    return switch (action) {
      case SUBMIT -> this == DRAFT || this == RETURNED ? SUBMITTED : null;
      case RETURN -> this == SUBMITTED ? RETURNED : null;
      case APPROVE -> this == SUBMITTED ? APPROVED : null;
      case START -> null;
    };
  }

  /** The tutors change the contents only while the plan is theirs: a draft or returned. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }
}
