package fi.opeverkko.competence;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.TeachingStaff;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Personal development plans: a member of the teaching staff keeps their own for the current or the
 * next school year; the principal reads the plans of their school's staff and records the
 * development discussion of each; admins read every school's. Nobody else reads a plan.
 */
@Published
@Stateless
public class DevelopmentPlanService {

  /** The plans of the year's teaching staff of one school (JPQL into network's for the scope). */
  private static final String ONE_SCHOOL =
      " AND EXISTS (SELECT a FROM SchoolAssignment a WHERE a.person = p.person"
          + " AND a.school.id = :school AND a.role IN :roles AND a.schoolYear = :year)";

  @PersistenceContext private EntityManager em;
  @Inject private CompetenceAccess access;
  @Inject private NetworkReferences references;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;

  /** The signed-in teacher's own plan for the school year, or null while they have none. */
  public DevelopmentPlanRow mine(@NotNull SchoolYear year) {
    SignedInUser user = access.requireTeachingStaff();
    DevelopmentPlan plan = find(user.personId(), year);
    return plan == null ? null : rows(List.of(plan)).get(0);
  }

  /** Writes the signed-in teacher's own plan for the school year, the first time or again. */
  public void saveMine(@NotNull SchoolYear year, @NotNull DevelopmentPlanDetails details) {
    SignedInUser user = access.requireTeachingStaff();
    // Written for the current school year or the next, being prepared; not for years gone.
    if (!clock.workableSchoolYears().contains(year)) {
      throw new CompetenceRuleException("competence.planYear");
    }
    List<Badge> badges = details.targetBadges().stream().map(id -> Badge.existing(em, id)).toList();
    DevelopmentPlan plan = find(user.personId(), year);
    if (plan == null) {
      Person me =
          references
              .person(user.personId())
              .orElseThrow(() -> new CompetenceRuleException("competence.noSuchPerson"));
      plan = new DevelopmentPlan(me, year);
      plan.write(details, badges, clock.now());
      em.persist(plan);
    } else {
      plan.write(details, badges, clock.now());
    }
    audit(user, "SAVE_DEVELOPMENT_PLAN", plan.getPerson().getId(), year);
  }

  /**
   * One page of the plans of the school's teaching staff for the school year, by name: for the
   * school's principal and admins. Two queries for the page, whatever its size.
   */
  public List<DevelopmentPlanRow> ofSchool(
      @NotNull Long schoolId, @NotNull SchoolYear year, int first, int pageSize) {
    access.requireStaffReaderOf(schoolId);
    List<DevelopmentPlan> page =
        em.createQuery(
                "SELECT p FROM DevelopmentPlan p JOIN FETCH p.person pe WHERE p.schoolYear = :year"
                    + ONE_SCHOOL
                    + " ORDER BY pe.lastName, pe.firstName, pe.id",
                DevelopmentPlan.class)
            .setParameter("school", schoolId)
            .setParameter("roles", TeachingStaff.ROLES)
            .setParameter("year", year)
            .setFirstResult(first)
            .setMaxResults(pageSize)
            .getResultList();
    return rows(page);
  }

  public long countOfSchool(@NotNull Long schoolId, @NotNull SchoolYear year) {
    access.requireStaffReaderOf(schoolId);
    return em.createQuery(
            "SELECT COUNT(p) FROM DevelopmentPlan p WHERE p.schoolYear = :year" + ONE_SCHOOL,
            Long.class)
        .setParameter("school", schoolId)
        .setParameter("roles", TeachingStaff.ROLES)
        .setParameter("year", year)
        .getSingleResult();
  }

  /**
   * The principal records the development discussion in which the plan was agreed; the teacher sees
   * it on their plan.
   */
  public void recordDiscussion(@NotNull Long planId, LocalDate on, String agreedPoints) {
    DevelopmentPlan plan = em.find(DevelopmentPlan.class, planId);
    if (plan == null) {
      throw new CompetenceRuleException("competence.noSuchPlan");
    }
    SignedInUser user = access.requirePrincipalOf(plan.getPerson().getId());
    plan.recordDiscussion(on, agreedPoints, user.displayName(), clock.today());
    audit(user, "RECORD_DEVELOPMENT_DISCUSSION", plan.getPerson().getId(), plan.getSchoolYear());
  }

  private DevelopmentPlan find(Long personId, SchoolYear year) {
    return em.createQuery(
            "SELECT p FROM DevelopmentPlan p WHERE p.person.id = :person AND p.schoolYear = :year",
            DevelopmentPlan.class)
        .setParameter("person", personId)
        .setParameter("year", year)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The plans with their badges, read in one query for all of them. */
  private List<DevelopmentPlanRow> rows(List<DevelopmentPlan> plans) {
    if (plans.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Badge>> badges =
        em.createQuery(
                "SELECT p.id, b FROM DevelopmentPlan p JOIN p.targetBadges b WHERE p.id IN :plans"
                    + " ORDER BY b.level, b.name.fi",
                Object[].class)
            .setParameter("plans", plans.stream().map(DevelopmentPlan::getId).toList())
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    row -> (Long) row[0],
                    Collectors.mapping(row -> (Badge) row[1], Collectors.toList())));
    return plans.stream()
        .map(plan -> DevelopmentPlanRow.of(plan, badges.getOrDefault(plan.getId(), List.of())))
        .toList();
  }

  private void audit(SignedInUser user, String action, Long personId, SchoolYear year) {
    auditLog.record(
        user.loginName(),
        action,
        "development plan of person " + personId + " " + year.label(),
        AuditOutcome.SUCCESS);
  }
}
