package fi.opeverkko.plans;

import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;

/**
 * What the activity log pages read: a logger's own entries and where they may log, a school's log
 * for its principal, loggers and coordinator, and the mentor network's meetings for the network.
 */
@Stateless
public class ActivityLogQueries {

  @PersistenceContext private EntityManager em;
  @Inject private PlanAccess access;
  @Inject private NetworkOverviewService network;
  @Inject private NetworkReferences references;
  @Inject private Clock clock;

  /** Where the user logs work this school year, with the goals a tutor may link entries to. */
  public List<LogPlace> myPlaces() {
    SchoolYear year = clock.currentSchoolYear();
    return network.myAssignments(year).stream()
        .filter(a -> PlanAccess.LOGGERS.contains(a.getRole()))
        .map(
            a -> {
              TutorPlan plan =
                  a.getRole() == SchoolRole.TUTOR
                      ? Plans.of(em, a.getSchool().getId(), year)
                      : null;
              if (plan != null) {
                // Read inside the transaction what the log page offers to link entries to.
                plan.getGoals().size();
                plan.getActivities().size();
              }
              return new LogPlace(
                  a.getSchool(), a.getRole(), plan == null ? List.of() : plan.getGoals());
            })
        .toList();
  }

  /** One page of the user's own entries of a school year, the latest first. */
  public List<ActivityLogEntry> myEntries(@NotNull SchoolYear year, int first, int pageSize) {
    return withPlanLinks(
            em.createQuery(
                "SELECT e FROM ActivityLogEntry e JOIN FETCH e.school JOIN FETCH e.person"
                    + " WHERE e.person.id = :person AND e.schoolYear = :year"
                    + " ORDER BY e.doneOn DESC, e.id DESC",
                ActivityLogEntry.class))
        .setParameter("person", myPersonId())
        .setParameter("year", year)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
  }

  public long countMine(@NotNull SchoolYear year) {
    return em.createQuery(
            "SELECT COUNT(e) FROM ActivityLogEntry e"
                + " WHERE e.person.id = :person AND e.schoolYear = :year",
            Long.class)
        .setParameter("person", myPersonId())
        .setParameter("year", year)
        .getSingleResult();
  }

  /** The user's own totals per month of a school year. */
  public List<MonthTotal> myMonthlyTotals(@NotNull SchoolYear year) {
    return monthly("e.person.id = :who", myPersonId(), year);
  }

  /** One page of a school's log of a school year, for its principal, loggers and coordinator. */
  public List<ActivityLogEntry> schoolEntries(
      @NotNull Long schoolId, @NotNull SchoolYear year, int first, int pageSize) {
    School school = readableSchool(schoolId, year);
    return withPlanLinks(
            em.createQuery(
                "SELECT e FROM ActivityLogEntry e JOIN FETCH e.person JOIN FETCH e.school"
                    + " WHERE e.school = :school AND e.schoolYear = :year"
                    + " ORDER BY e.doneOn DESC, e.id DESC",
                ActivityLogEntry.class))
        .setParameter("school", school)
        .setParameter("year", year)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
  }

  /**
   * A page of entries with the goal or plan activity each serves and their plan, in the page's one
   * statement: weaving is off, so those links load eagerly, one statement per plan and goal
   * otherwise.
   */
  private static TypedQuery<ActivityLogEntry> withPlanLinks(TypedQuery<ActivityLogEntry> query) {
    return query
        .setHint(QueryHints.LEFT_FETCH, "e.goal.plan")
        .setHint(QueryHints.LEFT_FETCH, "e.planActivity.plan")
        .setHint(QueryHints.LEFT_FETCH, "e.planActivity.goal");
  }

  public long countSchoolEntries(@NotNull Long schoolId, @NotNull SchoolYear year) {
    return em.createQuery(
            "SELECT COUNT(e) FROM ActivityLogEntry e"
                + " WHERE e.school = :school AND e.schoolYear = :year",
            Long.class)
        .setParameter("school", readableSchool(schoolId, year))
        .setParameter("year", year)
        .getSingleResult();
  }

  public List<MonthTotal> schoolMonthlyTotals(@NotNull Long schoolId, @NotNull SchoolYear year) {
    return monthly("e.school = :who", readableSchool(schoolId, year), year);
  }

  /**
   * One page of the network meetings the mentors of Helsinki, Espoo and Vantaa logged in a school
   * year, the latest first, optionally of one city.
   */
  public List<ActivityLogEntry> networkMeetings(
      String cityCode, @NotNull SchoolYear year, int first, int pageSize) {
    return meetings(
            "SELECT e FROM ActivityLogEntry e JOIN FETCH e.person JOIN FETCH e.school s"
                + " JOIN FETCH s.city c",
            " ORDER BY e.doneOn DESC, e.id DESC",
            ActivityLogEntry.class,
            cityCode,
            year)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
  }

  public long countNetworkMeetings(String cityCode, @NotNull SchoolYear year) {
    return meetings(
            "SELECT COUNT(e) FROM ActivityLogEntry e JOIN e.school s JOIN s.city c",
            "",
            Long.class,
            cityCode,
            year)
        .getSingleResult();
  }

  private <T> TypedQuery<T> meetings(
      String select, String orderBy, Class<T> type, String cityCode, SchoolYear year) {
    access.requireMentorNetworkReader();
    return em.createQuery(
            select
                + " WHERE e.schoolYear = :year AND e.role = :role AND e.type = :type"
                + " AND (:city = '' OR c.code = :city)"
                + orderBy,
            type)
        .setParameter("year", year)
        .setParameter("role", SchoolRole.MENTOR)
        .setParameter("type", ActivityType.NETWORK_MEETING)
        .setParameter("city", cityCode == null || cityCode.isBlank() ? "" : cityCode);
  }

  /** The mentor network's work per city in a school year: entries and hours of every kind. */
  public List<CityActivity> mentorActivityByCity(@NotNull SchoolYear year) {
    access.requireMentorNetworkReader();
    return em
        .createQuery(
            "SELECT c.code, COUNT(e), SUM(e.minutes) FROM ActivityLogEntry e JOIN e.school s"
                + " JOIN s.city c WHERE e.schoolYear = :year AND e.role = :role"
                + " GROUP BY c.code ORDER BY c.code",
            Object[].class)
        .setParameter("year", year)
        .setParameter("role", SchoolRole.MENTOR)
        .getResultList()
        .stream()
        .map(
            row ->
                new CityActivity(
                    (String) row[0],
                    ((Number) row[1]).longValue(),
                    ActivityLogEntry.toHours(((Number) row[2]).longValue())))
        .toList();
  }

  private List<MonthTotal> monthly(String who, Object whom, SchoolYear year) {
    return em
        .createQuery(
            "SELECT EXTRACT(YEAR FROM e.doneOn), EXTRACT(MONTH FROM e.doneOn), COUNT(e),"
                + " SUM(e.minutes), SUM(e.colleagues) FROM ActivityLogEntry e WHERE "
                + who
                + " AND e.schoolYear = :year"
                + " GROUP BY EXTRACT(YEAR FROM e.doneOn), EXTRACT(MONTH FROM e.doneOn)"
                + " ORDER BY EXTRACT(YEAR FROM e.doneOn), EXTRACT(MONTH FROM e.doneOn)",
            Object[].class)
        .setParameter("who", whom)
        .setParameter("year", year)
        .getResultList()
        .stream()
        .map(
            row ->
                new MonthTotal(
                    YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                    ((Number) row[2]).longValue(),
                    ActivityLogEntry.toHours(((Number) row[3]).longValue()),
                    ((Number) row[4]).longValue()))
        .toList();
  }

  private School readableSchool(Long schoolId, SchoolYear year) {
    School school =
        references.school(schoolId).orElseThrow(() -> new PlanRuleException("plan.noSuchSchool"));
    access.requireReaderOf(school, year);
    return school;
  }

  /** The user's person, or an id no entry has for a user who is not one (an admin, say). */
  private Long myPersonId() {
    Long personId = access.user().personId();
    return personId == null ? -1L : personId;
  }
}
