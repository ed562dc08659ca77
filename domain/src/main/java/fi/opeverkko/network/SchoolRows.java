package fi.opeverkko.network;

import fi.opeverkko.platform.Clock;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The rows of a schools file: a school, known by its Finnish name in the city, is created or
 * changed, and opened or closed as the row says.
 */
@Dependent
class SchoolRows implements ImportRows {

  @PersistenceContext private EntityManager em;
  @Inject private DetailsCheck check;
  @Inject private Clock clock;
  @Inject private SchoolRegistry schools;

  @Override
  public boolean check(List<String> values, ImportPlan plan, List<FieldError> errors) {
    SchoolType type = ImportCells.choice(SchoolType.class, values.get(2), "type", errors);
    TeachingLanguage language =
        ImportCells.choice(TeachingLanguage.class, values.get(3), "language", errors);
    boolean active = ImportCells.active(values.get(5), errors);
    SchoolDetails details =
        new SchoolDetails(values.get(0), values.get(1), type, language, values.get(4));
    errors.addAll(ImportCells.byColumn(check.errorsOf(details)));
    School existing = School.named(em, plan.city(), values.get(0));
    plan.requireOnce(values.get(0), "name_fi", errors);
    if (existing != null
        && type != null
        && type != existing.getType()
        && countFromThisYear(existing) > 0) {
      errors.add(new FieldError("type", "rule.typeLocked", existing.getType()));
    }
    if (errors.isEmpty()) {
      String cityCode = plan.city().getCode();
      plan.add(
          () -> {
            School school =
                existing == null
                    ? schools.create(cityCode, details)
                    : schools.update(existing.getId(), existing.getVersion(), details);
            if (school.isActive() != active) {
              schools.setActive(school.getId(), active);
            }
          });
    }
    return existing == null;
  }

  /** The school's assignments from this school year on, which fix its type. */
  private long countFromThisYear(School school) {
    return em.createNamedQuery(SchoolAssignment.COUNT_OF_SCHOOL_FROM_YEAR, Long.class)
        .setParameter("school", school)
        .setParameter("year", clock.currentSchoolYear())
        .getSingleResult();
  }
}
