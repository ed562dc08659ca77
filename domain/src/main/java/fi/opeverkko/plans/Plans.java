package fi.opeverkko.plans;

import fi.opeverkko.platform.SchoolYear;
import jakarta.persistence.EntityManager;

/** The queries the plan services share. */
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

  /** How many log entries name a part of a plan (a goal or a planned activity). */
  static long loggedFor(EntityManager em, String condition, Object part) {
    return em.createQuery("SELECT COUNT(e) FROM ActivityLogEntry e WHERE " + condition, Long.class)
        .setParameter("part", part)
        .getSingleResult();
  }
}
