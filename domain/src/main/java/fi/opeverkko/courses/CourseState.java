package fi.opeverkko.courses;

import fi.opeverkko.platform.Published;

/** Where a course stands after its decision date. */
@Published
public enum CourseState {
  /** Held as planned, or not yet decided. */
  OPEN,
  /**
   * Under its minimum at the decision date, pooled with Espoo's and Vantaa's Swedish-speaking
   * staff: sign-up opens again to them until the day before the course, counted together.
   */
  POOLED,
  /** Cancelled by its organiser, with a reason told to the participants. */
  CANCELLED
}
