package fi.opeverkko.plans;

/** Where a school stands with its plan of the year: no plan yet, or its plan's status. */
public enum PlanStanding {
  MISSING,
  DRAFT,
  SUBMITTED,
  RETURNED,
  APPROVED;

  static PlanStanding of(TutorPlan plan) {
    return plan == null ? MISSING : valueOf(plan.getStatus().name());
  }
}
