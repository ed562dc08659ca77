package fi.opeverkko.network;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Conditions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The schools of the network: a city's coordinator adds, edits, closes and reopens its schools;
 * everybody with a role in a school reads it.
 */
@Stateless
public class SchoolRegistry {

  @PersistenceContext private EntityManager em;
  @Inject private NetworkScope scope;
  @Inject private DetailsCheck check;
  @Inject private AuditLog auditLog;
  @Inject private Clock clock;

  /** A school, for its coordinator, an admin or somebody with a role in it. */
  public School school(@NotNull Long schoolId) {
    School school = existing(schoolId);
    scope.requireReaderOf(school);
    return school;
  }

  /** The school's details to edit, for its city's coordinator. */
  public SchoolDetails detailsOf(@NotNull Long schoolId) {
    School school = existing(schoolId);
    scope.requireCoordinatorOf(school);
    return SchoolDetails.of(school);
  }

  public School create(@NotNull String cityCode, @NotNull SchoolDetails details) {
    City city = scope.cityInScope(cityCode);
    check.requireValid(details);
    requireNameFree(city, details.getNameFi(), null);
    School school = new School(city, details);
    em.persist(school);
    em.flush();
    audit("CREATE_SCHOOL", school);
    return school;
  }

  /**
   * Saves a coordinator's changes. Refused when somebody else saved the school since it was read
   * ({@code version}), and when the type would change while people hold roles that exist only in
   * the old type.
   */
  public School update(@NotNull Long schoolId, long version, @NotNull SchoolDetails details) {
    School school = existing(schoolId);
    scope.requireCoordinatorOf(school);
    if (school.getVersion() != version) {
      throw new NetworkRuleException("rule.changedMeanwhile");
    }
    check.requireValid(details);
    requireNameFree(school.getCity(), details.getNameFi(), school);
    if (details.getType() != school.getType() && holdsRolesFromThisYearOn(school)) {
      throw new NetworkRuleException("rule.typeLocked", school.getType());
    }
    school.change(details);
    audit("UPDATE_SCHOOL", school);
    return school;
  }

  /** Closes a school (it keeps its history and can be reopened) or reopens it. */
  public void setActive(@NotNull Long schoolId, boolean active) {
    School school = existing(schoolId);
    scope.requireCoordinatorOf(school);
    school.setActive(active);
    audit(active ? "REOPEN_SCHOOL" : "CLOSE_SCHOOL", school);
  }

  /** One page of a city's schools narrowed by the filter, ordered by name. */
  public List<School> search(@NotNull SchoolFilter filter, int first, int pageSize) {
    return conditions(filter)
        .query(em, "SELECT s FROM School s JOIN FETCH s.city", " ORDER BY s.nameFi", School.class)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
  }

  public long count(@NotNull SchoolFilter filter) {
    return conditions(filter)
        .query(em, "SELECT COUNT(s) FROM School s", "", Long.class)
        .getSingleResult();
  }

  private Conditions conditions(SchoolFilter filter) {
    City city = scope.cityInScope(filter.cityCode());
    return new Conditions()
        .and("s.city = :city", "city", city)
        .and(
            "(LOWER(s.nameFi) LIKE :text OR LOWER(s.nameSv) LIKE :text"
                + " OR LOWER(s.address) LIKE :text)",
            "text",
            Conditions.containing(filter.text()))
        .and("s.type = :type", "type", filter.type())
        .and("s.active = :active", "active", filter.active());
  }

  private School existing(Long schoolId) {
    School school = em.find(School.class, schoolId);
    if (school == null) {
      throw new NetworkRuleException("rule.noSuchSchool");
    }
    return school;
  }

  private void requireNameFree(City city, String nameFi, School self) {
    School namesake = School.named(em, city, nameFi);
    if (namesake != null && namesake != self) {
      throw new NetworkRuleException("rule.schoolNameTaken", nameFi.strip());
    }
  }

  private boolean holdsRolesFromThisYearOn(School school) {
    return em.createNamedQuery(SchoolAssignment.COUNT_OF_SCHOOL_FROM_YEAR, Long.class)
            .setParameter("school", school)
            .setParameter("year", clock.currentSchoolYear())
            .getSingleResult()
        > 0;
  }

  private void audit(String action, School school) {
    SignedInUser user = scope.user();
    auditLog.record(user.loginName(), action, "school " + school.getId(), AuditOutcome.SUCCESS);
  }
}
