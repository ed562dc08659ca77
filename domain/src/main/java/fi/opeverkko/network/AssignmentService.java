package fi.opeverkko.network;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is what in which school, year by year: the coordinators assign tutors, mentors, coaches and
 * digital agents in their own city, within the network's limits (at most four tutors per
 * comprehensive school, two mentors per upper-secondary school), and watch the gaps.
 */
@Stateless
public class AssignmentService {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private AuditLog auditLog;
  @Inject private Clock clock;
  @Inject private NetworkScope scope;

  /**
   * Gives a person a role in a school for a school year. The school's row is locked first, so two
   * coordinators filling the last place at once end with one assignment and one clear refusal.
   */
  public SchoolAssignment assign(
      @NotNull Long schoolId,
      @NotNull Long personId,
      @NotNull SchoolRole role,
      @NotNull SchoolYear year) {
    School school = em.find(School.class, schoolId, LockModeType.PESSIMISTIC_WRITE);
    if (school == null) {
      throw new NetworkRuleException("rule.noSuchSchool");
    }
    SignedInUser user = scope.requireCoordinatorOf(school);
    Person person = em.find(Person.class, personId);
    if (person == null) {
      throw new NetworkRuleException("rule.noSuchPerson");
    }
    if (!school.isActive()) {
      throw new NetworkRuleException("rule.schoolClosed");
    }
    if (!role.existsIn(school.getType())) {
      throw new NetworkRuleException("rule.roleNotInSchoolType", role, school.getType());
    }
    List<SchoolAssignment> holders = SchoolAssignment.holders(em, school, role, year);
    if (holders.stream().anyMatch(a -> a.getPerson().getId().equals(personId))) {
      throw new NetworkRuleException("rule.alreadyAssigned", role);
    }
    if (holders.size() >= role.maxPerSchoolYear()) {
      throw new NetworkRuleException("rule.roleFull", role, role.maxPerSchoolYear());
    }
    SchoolAssignment assignment = new SchoolAssignment(person, school, role, year);
    em.persist(assignment);
    auditLog.record(
        user.loginName(),
        "ASSIGN_" + role,
        "school " + schoolId + " person " + personId + " year " + year.startYear(),
        AuditOutcome.SUCCESS);
    return assignment;
  }

  /** Ends an assignment; the history of earlier school years is kept. */
  public void unassign(@NotNull Long assignmentId) {
    SchoolAssignment assignment = em.find(SchoolAssignment.class, assignmentId);
    if (assignment == null) {
      throw new NetworkRuleException("rule.noSuchAssignment");
    }
    SignedInUser user = scope.requireCoordinatorOf(assignment.getSchool());
    em.remove(assignment);
    auditLog.record(
        user.loginName(),
        "UNASSIGN_" + assignment.getRole(),
        "school " + assignment.getSchool().getId() + " person " + assignment.getPerson().getId(),
        AuditOutcome.SUCCESS);
  }

  /** A school with a school year's assignments, for the coordinator of its city. */
  public SchoolOverview school(@NotNull Long schoolId, @NotNull SchoolYear year) {
    School school = em.find(School.class, schoolId);
    if (school == null) {
      throw new NetworkRuleException("rule.noSuchSchool");
    }
    scope.requireCoordinatorOf(school);
    List<SchoolAssignment> staff =
        em.createNamedQuery(SchoolAssignment.OF_SCHOOL_IN_YEAR, SchoolAssignment.class)
            .setParameter("school", school)
            .setParameter("year", year)
            .getResultList();
    return new SchoolOverview(school, Set.of(), staff);
  }

  /**
   * The schools of a city where the role is held, with how many hold it this school year: the
   * comprehensive schools' tutors, the upper-secondary schools' mentors.
   */
  public List<SchoolCoverage> coverage(
      @NotNull String cityCode, @NotNull SchoolRole role, @NotNull SchoolYear year) {
    City city = scope.cityInScope(cityCode);
    Map<Long, Long> holdersBySchool = new HashMap<>();
    em.createNamedQuery(SchoolAssignment.COUNT_BY_SCHOOL_IN_CITY, Object[].class)
        .setParameter("city", city)
        .setParameter("role", role)
        .setParameter("year", year)
        .getResultList()
        .forEach(row -> holdersBySchool.put((Long) row[0], (Long) row[1]));
    return em.createNamedQuery(School.ACTIVE_IN_CITY, School.class)
        .setParameter("city", city)
        .getResultStream()
        .filter(school -> role.existsIn(school.getType()))
        .map(
            school ->
                new SchoolCoverage(school, role, holdersBySchool.getOrDefault(school.getId(), 0L)))
        .toList();
  }

  /**
   * Prepares the next school year of a city's active schools by copying this year's assignments
   * into it, to be edited there. Assignments the next year already has are left as they are, so
   * preparing twice copies nothing twice.
   *
   * @return how many assignments were copied
   */
  public int prepareNextYear(@NotNull String cityCode) {
    City city = scope.cityInScope(cityCode);
    SignedInUser user = currentUser.get();
    SchoolYear year = clock.currentSchoolYear();
    SchoolYear next = year.next();
    List<SchoolAssignment> alreadyNextYear =
        em.createNamedQuery(SchoolAssignment.ACTIVE_IN_CITY_IN_YEAR, SchoolAssignment.class)
            .setParameter("city", city)
            .setParameter("year", next)
            .getResultList();
    Set<List<Object>> existing =
        alreadyNextYear.stream().map(AssignmentService::key).collect(Collectors.toSet());
    // A place filled for next year already (e.g. a confirmed tutor proposal) counts against
    // the role's limit: copying never takes a school over four tutors or two mentors.
    Map<List<Object>, Integer> holders = new HashMap<>();
    alreadyNextYear.forEach(a -> holders.merge(place(a), 1, Integer::sum));
    int copied = 0;
    for (SchoolAssignment current :
        em.createNamedQuery(SchoolAssignment.ACTIVE_IN_CITY_IN_YEAR, SchoolAssignment.class)
            .setParameter("city", city)
            .setParameter("year", year)
            .getResultList()) {
      boolean roomLeft =
          holders.getOrDefault(place(current), 0) < current.getRole().maxPerSchoolYear();
      if (!existing.contains(key(current)) && roomLeft) {
        em.persist(current.copyTo(next));
        holders.merge(place(current), 1, Integer::sum);
        copied++;
      }
    }
    auditLog.record(
        user.loginName(),
        "PREPARE_SCHOOL_YEAR",
        "city " + cityCode + " year " + next.startYear() + " copied " + copied,
        AuditOutcome.SUCCESS);
    return copied;
  }

  private static List<Object> place(SchoolAssignment assignment) {
    return List.of(assignment.getSchool().getId(), assignment.getRole());
  }

  private static List<Object> key(SchoolAssignment assignment) {
    return List.of(
        assignment.getPerson().getId(), assignment.getSchool().getId(), assignment.getRole());
  }

  /** People whose name starts with the query, for picking whom to assign to a school or team. */
  public List<Person> findPeople(@NotNull @Size(min = 2, max = 100) String query) {
    currentUser.require(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR, PortalRole.TEAM_LEADER);
    return em.createNamedQuery(Person.NAME_STARTS_WITH, Person.class)
        .setParameter("prefix", query.strip().toLowerCase(Locale.ROOT) + "%")
        .setMaxResults(20)
        .getResultList();
  }
}
