package fi.opeverkko.visits;

import fi.opeverkko.platform.Published;

/**
 * What somebody does to a training visit. The actions, not the statuses, are what users choose and
 * what the visit's history records; {@link VisitStatus#after(VisitAction)} says where each leads.
 */
@Published
public enum VisitAction {
  /** The school sends its request to the team. */
  SUBMIT,
  /** A team leader takes a request that named no team for their team (status unchanged). */
  TAKE,
  /** The team takes the request on. */
  ACCEPT,
  /** The team turns the request down; the school is told why. */
  DECLINE,
  /** A date and the experts are agreed. */
  SCHEDULE,
  /** The agreed date moves; everyone involved is told why. */
  RESCHEDULE,
  /** The visit took place. */
  DELIVER,
  /** The visit is done with, once its feedback is in. */
  CLOSE,
  /** The visit will not take place; everyone involved is told why. */
  CANCEL;

  /**
   * Whether the action must come with a written reason: those that disappoint or disturb somebody
   * else's plans (decline, reschedule, cancel), so the other side is not left guessing.
   */
  public boolean requiresReason() {
    return this == DECLINE || this == RESCHEDULE || this == CANCEL;
  }
}
