package fi.opeverkko.plans;

import fi.opeverkko.platform.Published;

/** Where a school stands with its plan of the year: no plan yet, or its plan's status. */
@Published
public enum PlanStanding {
  MISSING,
  DRAFT,
  SUBMITTED,
  RETURNED,
  APPROVED;

  static PlanStanding of(TutorPlan plan) {
    return of(plan == null ? null : plan.getStatus());
  }

  /** The standing of a plan in this status; no status means no plan. */
  static PlanStanding of(PlanStatus status) {
    return status == null ? MISSING : valueOf(status.name());
  }
}
