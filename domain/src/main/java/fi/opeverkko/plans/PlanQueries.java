package fi.opeverkko.plans;

import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolAssignment;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.platform.Table;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the plan pages read: a school's plan with its progress, and the coordinator's overview. */
@Stateless
@Published
public class PlanQueries {

  private static final int MONTHS = 12;

  @PersistenceContext private EntityManager em;
  @Inject private PlanAccess access;
  @Inject private Clock clock;
  @Inject private NetworkOverviewService network;
  @Inject private NetworkReferences references;

  /** A school's plan of a school year (the current one when null), for a reader of it. */
  public PlanPage plan(@NotNull Long schoolId, SchoolYear yearOrNull) {
    SchoolYear year = yearOrNull == null ? clock.currentSchoolYear() : yearOrNull;
    School school =
        references
            .school(schoolId)
            .filter(found -> found.getType() == SchoolType.COMPREHENSIVE)
            .orElseThrow(() -> new PlanRuleException("plan.noSuchSchool"));
    access.requireReaderOf(school, year);
    Set<SchoolRole> roles = access.rolesIn(school, year);
    boolean current = year.equals(clock.currentSchoolYear());
    TutorPlan plan = Plans.of(em, schoolId, year);
    List<PlanEvent> history = List.of();
    List<PlanVersion> versions = List.of();
    PlanProgress progress = new PlanProgress(List.of(), BigDecimal.ZERO);
    if (plan != null) {
      // Read here, inside the transaction, what the page shows of the plan.
      plan.getGoals().size();
      plan.getActivities().size();
      history =
          em.createNamedQuery(PlanEvent.OF_PLAN, PlanEvent.class)
              .setParameter("plan", plan)
              .getResultList();
      versions =
          em.createNamedQuery(PlanVersion.OF_PLAN, PlanVersion.class)
              .setParameter("plan", plan)
              .getResultList();
      progress = progressOf(plan);
    }
    return new PlanPage(
        school,
        year,
        plan,
        history,
        versions,
        progress,
        current && access.writes(roles),
        access.approves(roles),
        current && Plans.of(em, schoolId, year.previous()) != null,
        TutorPlan.dueDate(year),
        TutorPlan.late(plan, year, clock.today()));
  }

  /** The comprehensive schools whose plan the user writes or approves this school year. */
  public List<School> mySchools() {
    return network.myAssignments(clock.currentSchoolYear()).stream()
        .filter(a -> a.getRole() == SchoolRole.TUTOR || a.getRole() == SchoolRole.PRINCIPAL)
        .map(SchoolAssignment::getSchool)
        .filter(school -> school.getType() == SchoolType.COMPREHENSIVE)
        .distinct()
        .toList();
  }

  /** Where the plan of each of the user's schools ({@link #mySchools()}) stands this year. */
  public Map<Long, PlanStanding> myPlanStandings() {
    List<School> schools = mySchools();
    Map<Long, PlanStanding> standings = new HashMap<>();
    schools.forEach(school -> standings.put(school.getId(), PlanStanding.MISSING));
    if (!schools.isEmpty()) {
      em.createQuery(
              "SELECT p FROM TutorPlan p WHERE p.school IN :schools AND p.schoolYear = :year",
              TutorPlan.class)
          .setParameter("schools", schools)
          .setParameter("year", clock.currentSchoolYear())
          .getResultList()
          .forEach(plan -> standings.put(plan.getSchool().getId(), PlanStanding.of(plan)));
    }
    return standings;
  }

  /** Planned against done hours, per goal and activity; the done hours come from the log. */
  PlanProgress progressOf(TutorPlan plan) {
    Map<Long, Long> byGoal =
        minutesBy(
            "SELECT e.goal.id, SUM(e.minutes) FROM ActivityLogEntry e"
                + " WHERE e.goal.plan = :plan GROUP BY e.goal.id",
            plan);
    Map<Long, Long> byActivity =
        minutesBy(
            "SELECT e.planActivity.id, SUM(e.minutes) FROM ActivityLogEntry e"
                + " WHERE e.planActivity.plan = :plan GROUP BY e.planActivity.id",
            plan);
    Long unlinked =
        em.createQuery(
                "SELECT SUM(e.minutes) FROM ActivityLogEntry e WHERE e.school = :school"
                    + " AND e.schoolYear = :year AND e.role = :role AND e.goal IS NULL",
                Long.class)
            .setParameter("school", plan.getSchool())
            .setParameter("year", plan.getSchoolYear())
            .setParameter("role", SchoolRole.TUTOR)
            .getSingleResult();
    List<PlanProgress.GoalProgress> goals = new ArrayList<>();
    for (PlanGoal goal : plan.getGoals()) {
      List<PlanProgress.ActivityProgress> activities =
          plan.activitiesOf(goal).stream()
              .map(
                  a ->
                      new PlanProgress.ActivityProgress(
                          a,
                          a.getPlannedHours(),
                          ActivityLogEntry.toHours(byActivity.getOrDefault(a.getId(), 0L))))
              .toList();
      BigDecimal planned =
          activities.stream()
              .map(PlanProgress.ActivityProgress::planned)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      goals.add(
          new PlanProgress.GoalProgress(
              goal,
              planned,
              ActivityLogEntry.toHours(byGoal.getOrDefault(goal.getId(), 0L)),
              activities));
    }
    return new PlanProgress(goals, ActivityLogEntry.toHours(unlinked == null ? 0 : unlinked));
  }

  private Map<Long, Long> minutesBy(String query, TutorPlan plan) {
    return em.createQuery(query, Object[].class).setParameter("plan", plan).getResultList().stream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
  }

  /** One page of a city's comprehensive schools with where their plans stand, by name. */
  public List<CityPlanRow> cityPlans(
      @NotNull String cityCode,
      @NotNull SchoolYear year,
      PlanStanding standing,
      int first,
      int pageSize) {
    access.requireCoordinatorOf(cityCode);
    List<Object[]> rows =
        cityQuery("SELECT s, p", " ORDER BY s.nameFi", Object[].class, cityCode, year, standing)
            .setFirstResult(first)
            .setMaxResults(pageSize)
            .getResultList();
    List<Long> schoolIds = rows.stream().map(row -> ((School) row[0]).getId()).toList();
    Map<Long, List<BigDecimal>> hours = monthlyTutorHours(schoolIds, year);
    return rows.stream()
        .map(
            row -> {
              School school = (School) row[0];
              TutorPlan plan = (TutorPlan) row[1];
              return new CityPlanRow(
                  school,
                  PlanStanding.of(plan),
                  TutorPlan.late(plan, year, clock.today()),
                  hours.getOrDefault(school.getId(), Collections.nCopies(MONTHS, BigDecimal.ZERO)));
            })
        .toList();
  }

  public long countCityPlans(
      @NotNull String cityCode, @NotNull SchoolYear year, PlanStanding standing) {
    access.requireCoordinatorOf(cityCode);
    return cityQuery("SELECT COUNT(s)", "", Long.class, cityCode, year, standing).getSingleResult();
  }

  /** How many of the city's comprehensive schools stand where, for the overview's figures. */
  public Map<PlanStanding, Long> cityStandings(@NotNull String cityCode, @NotNull SchoolYear year) {
    access.requireCoordinatorOf(cityCode);
    Map<PlanStanding, Long> counts = new EnumMap<>(PlanStanding.class);
    for (PlanStanding standing : PlanStanding.values()) {
      counts.put(standing, 0L);
    }
    // One query: a school without a plan of the year has no status.
    cityQuery(
            "SELECT p.status, COUNT(s)", " GROUP BY p.status", Object[].class, cityCode, year, null)
        .getResultList()
        .forEach(row -> counts.put(PlanStanding.of((PlanStatus) row[0]), (Long) row[1]));
    return counts;
  }

  /**
   * The overview of a city for export: standing, lateness and hours per month (a month's column is
   * named as the month, 2025-08, the same in every language).
   */
  public Table cityPlansTable(@NotNull String cityCode, @NotNull SchoolYear year) {
    List<String> header = new ArrayList<>(List.of("school", "plan", "late"));
    for (int m = 0; m < MONTHS; m++) {
      header.add(YearMonth.from(year.firstDay()).plusMonths(m).toString());
    }
    header.add("total_hours");
    return new Table(
        header,
        cityPlans(cityCode, year, null, 0, Integer.MAX_VALUE).stream()
            .map(
                row ->
                    Stream.<Object>concat(
                            Stream.of(row.school().getNameFi(), row.standing(), row.late()),
                            Stream.concat(row.monthlyHours().stream(), Stream.of(row.totalHours())))
                        .toList())
            .toList());
  }

  private <T> TypedQuery<T> cityQuery(
      String select,
      String orderBy,
      Class<T> type,
      String cityCode,
      SchoolYear year,
      PlanStanding standing) {
    String condition =
        standing == null
            ? ""
            : standing == PlanStanding.MISSING ? " AND p.id IS NULL" : " AND p.status = :status";
    TypedQuery<T> query =
        em.createQuery(
                select
                    + " FROM School s LEFT JOIN TutorPlan p ON p.school = s AND p.schoolYear = :year"
                    + " WHERE s.city.code = :city AND s.type = :type AND s.active = TRUE"
                    + condition
                    + orderBy,
                type)
            .setParameter("year", year)
            .setParameter("city", cityCode)
            .setParameter("type", SchoolType.COMPREHENSIVE);
    if (standing != null && standing != PlanStanding.MISSING) {
      query.setParameter("status", PlanStatus.valueOf(standing.name()));
    }
    return query;
  }

  /** The hours the schools' tutors logged in each month of the year, August first. */
  private Map<Long, List<BigDecimal>> monthlyTutorHours(List<Long> schoolIds, SchoolYear year) {
    if (schoolIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<BigDecimal>> hours = new HashMap<>();
    em.createQuery(
            "SELECT e.school.id, EXTRACT(MONTH FROM e.doneOn), SUM(e.minutes)"
                + " FROM ActivityLogEntry e WHERE e.school.id IN :schools"
                + " AND e.schoolYear = :year AND e.role = :role"
                + " GROUP BY e.school.id, EXTRACT(MONTH FROM e.doneOn)",
            Object[].class)
        .setParameter("schools", schoolIds)
        .setParameter("year", year)
        .setParameter("role", SchoolRole.TUTOR)
        .getResultList()
        .forEach(
            row -> {
              List<BigDecimal> months =
                  hours.computeIfAbsent(
                      (Long) row[0],
                      id -> new ArrayList<>(Collections.nCopies(MONTHS, BigDecimal.ZERO)));
              int month = ((Number) row[1]).intValue();
              // August is the first month of the school year.
              months.set(
                  (month + 4) % MONTHS, ActivityLogEntry.toHours(((Number) row[2]).longValue()));
            });
    return hours;
  }
}
