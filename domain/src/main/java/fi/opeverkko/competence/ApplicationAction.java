package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;

/**
 * What somebody does to a badge application; the application's history records these, {@link
 * ApplicationStatus#after} says where each leads.
 */
@Published
public enum ApplicationAction {
  /** The teacher sends the application; the first time, a reviewer is given it. */
  SUBMIT,
  /** The reviewer asks the teacher for more evidence, saying what. */
  ASK_MORE,
  /** The teacher sends the application back with the evidence added. */
  RESUBMIT,
  /** The reviewer grants the badge. */
  GRANT,
  /** The reviewer declines, saying why. */
  DECLINE;

  /** Whether the action must say why: the teacher is never left guessing what is missing. */
  public boolean requiresComment() {
    return this == ASK_MORE || this == DECLINE;
  }
}
