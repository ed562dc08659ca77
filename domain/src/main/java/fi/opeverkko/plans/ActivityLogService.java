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
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

/**
 * The activity log of tutors, mentors, coaches and digital agents, one use case per method and one
 * transaction each: each writes and changes only their own entries, in a school and role they hold
 * in the entry's school year, and only for this and the previous school year. A log is a school
 * year's: its entries are dated within that year.
 */
@Stateless
public class ActivityLogService {

  @PersistenceContext private EntityManager em;
  @Inject private PlanAccess access;
  @Inject private NetworkOverviewService network;
  @Inject private NetworkReferences references;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;
  @Inject private Validator validator;

  /** Adds an entry to the user's log of the school year. */
  public Long log(@NotNull SchoolYear year, @NotNull LogDetails details) {
    SignedInUser user = access.user();
    Person me =
        references
            .person(user.personId())
            .orElseThrow(() -> new PlanRuleException("log.notALogger"));
    ActivityLogEntry entry = new ActivityLogEntry(me, year, clock.now());
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

  /**
   * One of the user's own entries, to change it: read here, with the checks of {@link #change}, so
   * that the form opens only for an entry the user can save.
   */
  public ActivityLogEntry mine(@NotNull Long entryId) {
    return own(entryId);
  }

  /**
   * Checks an entry against the rules and takes it: day in the log's school year, role held that
   * year, plan goal. An entry stays in the log it was written in, also when it is changed.
   */
  private void fill(ActivityLogEntry entry, LogDetails details) {
    Plans.requireValid(validator, details);
    if (details.getDoneOn().isAfter(clock.today())) {
      throw new PlanRuleException("log.future");
    }
    // Before the role's check, which would otherwise speak of the other year.
    entry.requireInYear(details.getDoneOn());
    SchoolYear year = entry.getSchoolYear();
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

  private void audit(String action, ActivityLogEntry entry) {
    auditLog.record(
        access.user().loginName(), action, "log entry " + entry.getId(), AuditOutcome.SUCCESS);
  }
}
