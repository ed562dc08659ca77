package fi.opeverkko.plans;

import fi.opeverkko.platform.SchoolYear;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

/** What the plan services share: the queries of plans and the check of what users filled in. */
final class Plans {

  private Plans() {}

  /** A school's plan of a school year, or null when it has none. */
  static TutorPlan of(EntityManager em, Long schoolId, SchoolYear year) {
    return em.createNamedQuery(TutorPlan.OF_SCHOOL_IN_YEAR, TutorPlan.class)
        .setParameter("school", schoolId)
        .setParameter("year", year)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** How many log entries name a goal, directly or through one of its planned activities. */
  static long loggedFor(EntityManager em, PlanGoal goal) {
    return loggedWhere(em, "e.goal = :part OR a.goal = :part", goal);
  }

  static long loggedFor(EntityManager em, PlanActivity activity) {
    return loggedWhere(em, "a = :part", activity);
  }

  private static long loggedWhere(EntityManager em, String condition, Object part) {
    return em.createQuery(
            "SELECT COUNT(e) FROM ActivityLogEntry e LEFT JOIN e.planActivity a WHERE " + condition,
            Long.class)
        .setParameter("part", part)
        .getSingleResult();
  }

  /** Refuses details that break their Bean Validation constraints, naming the first field. */
  static void requireValid(Validator validator, Object details) {
    var violations = validator.validate(details);
    if (!violations.isEmpty()) {
      throw new PlanRuleException(
          "plan.invalidDetails", violations.iterator().next().getPropertyPath().toString());
    }
  }
}
