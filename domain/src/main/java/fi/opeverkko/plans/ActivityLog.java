package fi.opeverkko.plans;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;

/**
 * The activity log of tutors, mentors, coaches and digital agents: each writes and changes only
 * their own entries, in a school and role they hold in the entry's school year; the school's
 * principal and the city's coordinator read a school's log; the mentor network reads its meetings.
 */
@Stateless
public class ActivityLog {

  @PersistenceContext private EntityManager em;
  @Inject private PlanAccess access;
  @Inject private NetworkOverviewService network;
  @Inject private NetworkReferences references;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;
  @Inject private Validator validator;

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

  public Long log(@NotNull LogDetails details) {
    SignedInUser user = access.user();
    Person me =
        references
            .person(user.personId())
            .orElseThrow(() -> new PlanRuleException("log.notALogger"));
    ActivityLogEntry entry = new ActivityLogEntry(me, clock.now());
    fill(entry, details);
    em.persist(entry);
    em.flush();
    audit("LOG_ADD", entry);
    return entry.getId();
  }

  public void change(@NotNull Long entryId, @NotNull LogDetails details) {
    ActivityLogEntry entry = own(entryId);
    fill(entry, details);
    audit("LOG_CHANGE", entry);
  }

  public void remove(@NotNull Long entryId) {
    ActivityLogEntry entry = own(entryId);
    em.remove(entry);
    audit("LOG_REMOVE", entry);
  }

  /** One of the user's own entries, to change it. */
  public ActivityLogEntry mine(@NotNull Long entryId) {
    return own(entryId);
  }

  /** One page of the user's own entries of a school year, the latest first. */
  public List<ActivityLogEntry> myEntries(@NotNull SchoolYear year, int first, int pageSize) {
    return em.createQuery(
            "SELECT e FROM ActivityLogEntry e JOIN FETCH e.school"
                + " LEFT JOIN FETCH e.goal LEFT JOIN FETCH e.planActivity"
                + " WHERE e.person.id = :person AND e.schoolYear = :year"
                + " ORDER BY e.doneOn DESC, e.id DESC",
            ActivityLogEntry.class)
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
    return em.createQuery(
            "SELECT e FROM ActivityLogEntry e JOIN FETCH e.person LEFT JOIN FETCH e.goal"
                + " LEFT JOIN FETCH e.planActivity WHERE e.school = :school AND e.schoolYear = :year"
                + " ORDER BY e.doneOn DESC, e.id DESC",
            ActivityLogEntry.class)
        .setParameter("school", school)
        .setParameter("year", year)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
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
            "SELECT FUNCTION('YEAR', e.doneOn), FUNCTION('MONTH', e.doneOn), COUNT(e),"
                + " SUM(e.minutes), SUM(e.colleagues) FROM ActivityLogEntry e WHERE "
                + who
                + " AND e.schoolYear = :year"
                + " GROUP BY FUNCTION('YEAR', e.doneOn), FUNCTION('MONTH', e.doneOn)"
                + " ORDER BY FUNCTION('YEAR', e.doneOn), FUNCTION('MONTH', e.doneOn)",
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

  /** Checks an entry against the rules and takes it: role held that year, day, plan goal. */
  private void fill(ActivityLogEntry entry, LogDetails details) {
    Plans.requireValid(validator, details);
    if (details.getDoneOn().isAfter(clock.today())) {
      throw new PlanRuleException("log.future");
    }
    SchoolYear year = SchoolYear.containing(details.getDoneOn());
    requireOpen(year);
    School school =
        references
            .school(details.getSchoolId())
            .filter(
                found ->
                    PlanAccess.LOGGERS.contains(details.getRole())
                        && network.myRolesIn(found.getId(), year).contains(details.getRole()))
            .orElseThrow(() -> new PlanRuleException("log.notYourRole", year.label()));
    PlanActivity activity = null;
    PlanGoal goal = null;
    if (details.getPlanActivityId() != null) {
      activity = em.find(PlanActivity.class, details.getPlanActivityId());
      goal = activity == null ? null : activity.getGoal();
    } else if (details.getGoalId() != null) {
      goal = em.find(PlanGoal.class, details.getGoalId());
    }
    boolean linked = details.getPlanActivityId() != null || details.getGoalId() != null;
    if (linked
        && (details.getRole() != SchoolRole.TUTOR
            || goal == null
            || !goal.getPlan().getSchool().equals(school)
            || !goal.getPlan().getSchoolYear().equals(year))) {
      throw new PlanRuleException("log.notThisPlan");
    }
    entry.take(school, details, goal, activity);
  }

  private ActivityLogEntry own(Long entryId) {
    ActivityLogEntry entry = em.find(ActivityLogEntry.class, entryId);
    if (entry == null) {
      throw new PlanRuleException("log.noSuchEntry");
    }
    if (!entry.getPerson().getId().equals(access.user().personId())) {
      throw access.refuse("log entry " + entryId);
    }
    requireOpen(entry.getSchoolYear());
    return entry;
  }

  /** Work is logged, changed and removed for this and the previous school year only. */
  private void requireOpen(SchoolYear year) {
    if (year.compareTo(clock.currentSchoolYear().previous()) < 0) {
      throw new PlanRuleException("log.tooOld");
    }
  }

  private School readableSchool(Long schoolId, SchoolYear year) {
    School school =
        references.school(schoolId).orElseThrow(() -> new PlanRuleException("plan.noSuchSchool"));
    access.requireReaderOf(school, year);
    return school;
  }

  private Long myPersonId() {
    Long personId = access.user().personId();
    return personId == null ? -1L : personId;
  }

  private void audit(String action, ActivityLogEntry entry) {
    auditLog.record(
        access.user().loginName(), action, "log entry " + entry.getId(), AuditOutcome.SUCCESS);
  }
}
