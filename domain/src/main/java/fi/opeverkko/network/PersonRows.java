package fi.opeverkko.network;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rows of a people file: a person, known by their email, is created or changed; a person of
 * another city is not the coordinator's to change.
 */
@Dependent
class PersonRows implements ImportRows {

  @PersistenceContext private EntityManager em;
  @Inject private DetailsCheck check;
  @Inject private PersonRegistry people;

  @Override
  public boolean check(List<String> values, ImportPlan plan, List<FieldError> errors) {
    Set<WorkLanguage> languages = ImportCells.languages(values.get(4), errors);
    PersonDetails details =
        new PersonDetails(values.get(0), values.get(1), values.get(2), values.get(3), languages);
    errors.addAll(ImportCells.byColumn(check.errorsOf(details)));
    Person existing = values.get(2).isBlank() ? null : Person.withEmail(em, values.get(2));
    plan.requireOnce(values.get(2).toLowerCase(Locale.ROOT), "email", errors);
    if (existing != null && !existing.getCity().equals(plan.city())) {
      errors.add(new FieldError("email", "import.personInOtherCity"));
    }
    if (errors.isEmpty()) {
      String cityCode = plan.city().getCode();
      plan.add(
          () -> {
            if (existing == null) {
              people.create(cityCode, details);
            } else {
              people.update(existing.getId(), existing.getVersion(), details);
            }
          });
    }
    return existing == null;
  }
}
