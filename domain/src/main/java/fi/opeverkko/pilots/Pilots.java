package fi.opeverkko.pilots;

import fi.opeverkko.platform.SchoolYear;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

/** What the pilot services share: finding a school's project and checking what users wrote. */
final class Pilots {

  private Pilots() {}

  /** A school's project of a school year, or null when the school is no pilot that year. */
  static PilotProject of(EntityManager em, Long schoolId, SchoolYear year) {
    return em.createNamedQuery(PilotProject.OF_SCHOOL_IN_YEAR, PilotProject.class)
        .setParameter("school", schoolId)
        .setParameter("year", year)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Refuses details that break their Bean Validation constraints, naming the first field. */
  static void requireValid(Validator validator, Object details) {
    var violations = validator.validate(details);
    if (!violations.isEmpty()) {
      throw new PilotRuleException(
          "pilot.invalidDetails", violations.iterator().next().getPropertyPath().toString());
    }
  }
}
