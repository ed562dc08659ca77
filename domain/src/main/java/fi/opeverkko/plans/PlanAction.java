package fi.opeverkko.plans;

import fi.opeverkko.platform.Published;

/** What happens to a tutor activity plan, as its history names it. */
@Published
public enum PlanAction {
  /** The tutors start the year's plan, empty or as a copy of last year's. */
  START,
  /** The tutors hand the plan (or its corrected version) to the principal. */
  SUBMIT,
  /** The principal sends it back with comments. */
  RETURN,
  /** The principal approves it. */
  APPROVE
}
