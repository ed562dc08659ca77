package fi.opeverkko.network;

import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The rows of an assignments file: a person of the registry takes a role in a school for a workable
 * school year, within the places the role has there, counting the file's own rows.
 */
@Dependent
class AssignmentRows implements ImportRows {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AssignmentService assignments;

  /** Every row assigns: an assignment is never changed, only made. */
  @Override
  public boolean check(List<String> values, ImportPlan plan, List<FieldError> errors) {
    School school = values.get(0).isBlank() ? null : School.named(em, plan.city(), values.get(0));
    if (values.get(0).isBlank()) {
      errors.add(new FieldError("school", "opeverkko.required"));
    } else if (school == null) {
      errors.add(new FieldError("school", "import.noSuchSchool", values.get(0)));
    } else if (!school.isActive()) {
      errors.add(new FieldError("school", "rule.schoolClosed"));
    }
    Person person = values.get(1).isBlank() ? null : Person.withEmail(em, values.get(1));
    if (values.get(1).isBlank()) {
      errors.add(new FieldError("email", "opeverkko.required"));
    } else if (person == null) {
      errors.add(new FieldError("email", "import.noSuchPerson", values.get(1)));
    }
    SchoolRole role = ImportCells.choice(SchoolRole.class, values.get(2), "role", errors);
    if (role == null && values.get(2).isBlank()) {
      errors.add(new FieldError("role", "opeverkko.required"));
    }
    SchoolYear year = ImportCells.schoolYear(values.get(3), clock.workableSchoolYears(), errors);
    if (school == null || person == null || role == null || year == null) {
      return true;
    }
    plan.requireOnce(
        List.of(school.getId(), person.getId(), role, year).toString(), "email", errors);
    List<SchoolAssignment> holders = SchoolAssignment.holders(em, school, role, year);
    if (holders.stream().anyMatch(a -> a.getPerson().equals(person))) {
      errors.add(new FieldError("email", "rule.alreadyAssigned", role));
    }
    checkPlace(
        role,
        school.getType(),
        holders.size() + plan.fill(List.of(school.getId(), role, year)),
        errors);
    if (errors.isEmpty()) {
      plan.add(() -> assignments.assign(school.getId(), person.getId(), role, year));
    }
    return true;
  }

  /**
   * Whether the role has a place for one more holder in a school of the type, the filled places
   * counting this row; the role column's error says why not, as the assignment service would (a
   * role of unlimited places, such as the teaching staff, is never full).
   */
  static void checkPlace(SchoolRole role, SchoolType type, int filled, List<FieldError> errors) {
    if (!role.existsIn(type)) {
      errors.add(new FieldError("role", "rule.roleNotInSchoolType", role, type));
    } else if (filled > role.maxPerSchoolYear()) {
      errors.add(new FieldError("role", "rule.roleFull", role, role.maxPerSchoolYear()));
    }
  }
}
