package fi.opeverkko.network;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.platform.Conditions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The people of the network: each city's coordinator keeps the details of its people. */
@Stateless
public class PersonRegistry {

  @PersistenceContext private EntityManager em;
  @Inject private NetworkScope scope;
  @Inject private DetailsCheck check;
  @Inject private AuditLog auditLog;

  /** The person's details to edit, for their city's coordinator. */
  public PersonDetails detailsOf(@NotNull Long personId) {
    Person person = existing(personId);
    scope.requireCoordinatorOf(person);
    return PersonDetails.of(person);
  }

  public Person person(@NotNull Long personId) {
    Person person = existing(personId);
    scope.requireCoordinatorOf(person);
    return person;
  }

  public Person create(@NotNull String cityCode, @NotNull PersonDetails details) {
    City city = scope.cityInScope(cityCode);
    check.requireValid(details);
    requireEmailFree(details.getEmail(), null);
    Person person = new Person(city, details);
    em.persist(person);
    em.flush();
    audit("CREATE_PERSON", person);
    return person;
  }

  /** Saves a coordinator's changes; refused when somebody else saved the person meanwhile. */
  public Person update(@NotNull Long personId, long version, @NotNull PersonDetails details) {
    Person person = existing(personId);
    scope.requireCoordinatorOf(person);
    if (person.getVersion() != version) {
      throw new NetworkRuleException("rule.changedMeanwhile");
    }
    check.requireValid(details);
    requireEmailFree(details.getEmail(), person);
    person.change(details);
    audit("UPDATE_PERSON", person);
    return person;
  }

  /** One page of a city's people with their roles in the filter's school year. */
  public List<PersonRoles> search(@NotNull PersonFilter filter, int first, int pageSize) {
    List<Person> people =
        conditions(filter)
            .query(
                em,
                "SELECT p FROM Person p",
                " ORDER BY p.lastName, p.firstName, p.id",
                Person.class)
            .setFirstResult(first)
            .setMaxResults(pageSize)
            .getResultList();
    if (people.isEmpty()) {
      return List.of();
    }
    // One query for the whole page's roles, not one per person.
    Map<Long, List<SchoolAssignment>> roles =
        em.createNamedQuery(SchoolAssignment.OF_PEOPLE_IN_YEAR, SchoolAssignment.class)
            .setParameter("people", people)
            .setParameter("year", filter.year())
            .getResultStream()
            .collect(Collectors.groupingBy(a -> a.getPerson().getId()));
    return people.stream()
        .map(p -> new PersonRoles(p, roles.getOrDefault(p.getId(), List.of())))
        .toList();
  }

  public long count(@NotNull PersonFilter filter) {
    return conditions(filter)
        .query(em, "SELECT COUNT(p) FROM Person p", "", Long.class)
        .getSingleResult();
  }

  private Conditions conditions(PersonFilter filter) {
    City city = scope.cityInScope(filter.cityCode());
    Conditions conditions =
        new Conditions()
            .and("p.city = :city", "city", city)
            // The name either way round, also as the directory lists it ("Opettaja, Tiina").
            .and(
                "(LOWER(p.lastName) LIKE :text OR LOWER(p.firstName) LIKE :text"
                    + " OR LOWER(CONCAT(p.firstName, ' ', p.lastName)) LIKE :text"
                    + " OR LOWER(CONCAT(p.lastName, ' ', p.firstName)) LIKE :text"
                    + " OR LOWER(CONCAT(p.lastName, ', ', p.firstName)) LIKE :text"
                    + " OR p.email LIKE :text)",
                "text",
                Conditions.containing(filter.text()));
    if (filter.role() != null) {
      conditions
          .and(
              "EXISTS (SELECT a FROM SchoolAssignment a WHERE a.person = p AND a.role = :role"
                  + " AND a.schoolYear = :year)")
          .with("role", filter.role())
          .with("year", filter.year());
    }
    return conditions;
  }

  private Person existing(Long personId) {
    Person person = em.find(Person.class, personId);
    if (person == null) {
      throw new NetworkRuleException("rule.noSuchPerson");
    }
    return person;
  }

  private void requireEmailFree(String email, Person self) {
    Person holder = Person.withEmail(em, email);
    if (holder != null && holder != self) {
      throw new NetworkRuleException("rule.emailTaken", email.strip());
    }
  }

  private void audit(String action, Person person) {
    auditLog.record(
        scope.user().loginName(), action, "person " + person.getId(), AuditOutcome.SUCCESS);
  }
}
