package fi.opeverkko.plans;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

/**
 * The life of a tutor activity plan, one use case per method and one transaction each: the school's
 * tutors start it (empty or from last year's), write its goals and activities and submit it; the
 * principal returns it with comments or approves it. Every submission is kept as a version and
 * every step in the plan's history.
 */
@Stateless
public class PlanService {

  @PersistenceContext private EntityManager em;
  @Inject private PlanAccess access;
  @Inject private NetworkReferences references;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;
  @Inject private Validator validator;
  @Inject private Event<PlanChanged> changes;

  /** Starts this school year's plan of a comprehensive school; a copy of last year's if asked. */
  public Long start(@NotNull Long schoolId, boolean copyLastYear) {
    School school =
        references.school(schoolId).orElseThrow(() -> new PlanRuleException("plan.noSuchSchool"));
    if (school.getType() != SchoolType.COMPREHENSIVE) {
      throw new PlanRuleException("plan.notComprehensive");
    }
    SchoolYear year = clock.currentSchoolYear();
    SignedInUser user = access.requireWriterOf(school, year);
    if (Plans.of(em, schoolId, year) != null) {
      throw new PlanRuleException("plan.exists", year.label());
    }
    TutorPlan plan = new TutorPlan(school, year, clock.now());
    if (copyLastYear) {
      TutorPlan lastYears = Plans.of(em, schoolId, year.previous());
      if (lastYears == null) {
        throw new PlanRuleException("plan.noLastYear");
      }
      plan.copyContentsOf(lastYears);
    }
    em.persist(plan);
    try {
      em.flush();
    } catch (PersistenceException startedAtTheSameTime) {
      // The unique key on school and year: another tutor started the plan a moment earlier.
      throw new PlanRuleException("plan.exists", year.label());
    }
    record(plan, user, PlanAction.START, copyLastYear ? year.previous().label() : null);
    return plan.getId();
  }

  /** Saves the starting point and the follow-up, unless somebody changed the plan meanwhile. */
  public void saveBasics(@NotNull Long planId, long seenVersion, @NotNull PlanBasics basics) {
    requireValid(basics);
    TutorPlan plan = writable(planId);
    if (plan.getVersion() != seenVersion) {
      throw new PlanRuleException("plan.stale");
    }
    plan.change(basics, clock.now());
    edited(plan);
  }

  public Long addGoal(@NotNull Long planId, @NotNull GoalDetails details) {
    requireValid(details);
    TutorPlan plan = writable(planId);
    PlanGoal goal = plan.addGoal(details, clock.now());
    edited(plan);
    return goal.getId();
  }

  public void changeGoal(@NotNull Long goalId, @NotNull GoalDetails details) {
    requireValid(details);
    PlanGoal goal = existing(PlanGoal.class, goalId, "plan.noSuchGoal");
    writable(goal.getPlan().getId());
    goal.change(details, clock.now());
    edited(goal.getPlan());
  }

  /** Removes a goal and its activities, unless work has already been logged for them. */
  public void removeGoal(@NotNull Long goalId) {
    PlanGoal goal = existing(PlanGoal.class, goalId, "plan.noSuchGoal");
    TutorPlan plan = writable(goal.getPlan().getId());
    if (Plans.loggedFor(em, goal) > 0) {
      throw new PlanRuleException("plan.goalLogged");
    }
    plan.removeGoal(goal, clock.now());
    edited(plan);
  }

  public Long addActivity(@NotNull Long planId, @NotNull ActivityDetails details) {
    requireValid(details);
    TutorPlan plan = writable(planId);
    PlanActivity activity = plan.addActivity(goalOf(plan, details), details, clock.now());
    edited(plan);
    return activity.getId();
  }

  public void changeActivity(@NotNull Long activityId, @NotNull ActivityDetails details) {
    requireValid(details);
    PlanActivity activity = existing(PlanActivity.class, activityId, "plan.noSuchActivity");
    TutorPlan plan = writable(activity.getPlan().getId());
    PlanGoal goal = goalOf(plan, details);
    // The work logged for the activity follows it to its new goal, so progress stays right.
    em.createQuery("UPDATE ActivityLogEntry e SET e.goal = :goal WHERE e.planActivity = :activity")
        .setParameter("goal", goal)
        .setParameter("activity", activity)
        .executeUpdate();
    activity.change(goal, details, clock.now());
    edited(plan);
  }

  public void removeActivity(@NotNull Long activityId) {
    PlanActivity activity = existing(PlanActivity.class, activityId, "plan.noSuchActivity");
    TutorPlan plan = writable(activity.getPlan().getId());
    if (Plans.loggedFor(em, activity) > 0) {
      throw new PlanRuleException("plan.activityLogged");
    }
    plan.removeActivity(activity, clock.now());
    edited(plan);
  }

  /**
   * The tutors hand the plan (first or corrected version) to the principal, with an optional word
   * on what changed; the version is kept.
   */
  public void submit(@NotNull Long planId, String comment) {
    TutorPlan plan = current(planId);
    SignedInUser user = access.requireWriterOf(plan.getSchool(), plan.getSchoolYear());
    plan.step(PlanAction.SUBMIT, clock.now());
    em.persist(new PlanVersion(plan, clock.now(), user.displayName()));
    record(plan, user, PlanAction.SUBMIT, comment);
  }

  /** The principal sends the plan back to the tutors and says what to change. */
  public void returnToTutors(@NotNull Long planId, String comment) {
    TutorPlan plan = current(planId);
    SignedInUser user = access.requireApproverOf(plan.getSchool(), plan.getSchoolYear());
    if (comment == null || comment.isBlank()) {
      throw new PlanRuleException("plan.commentRequired");
    }
    plan.step(PlanAction.RETURN, clock.now());
    record(plan, user, PlanAction.RETURN, comment);
  }

  public void approve(@NotNull Long planId, String comment) {
    TutorPlan plan = current(planId);
    SignedInUser user = access.requireApproverOf(plan.getSchool(), plan.getSchoolYear());
    plan.step(PlanAction.APPROVE, clock.now());
    record(plan, user, PlanAction.APPROVE, comment);
  }

  private TutorPlan writable(Long planId) {
    TutorPlan plan = current(planId);
    access.requireWriterOf(plan.getSchool(), plan.getSchoolYear());
    plan.requireEditable();
    return plan;
  }

  /** A plan of this school year: earlier years' plans are kept as they were left. */
  private TutorPlan current(Long planId) {
    TutorPlan plan = existing(TutorPlan.class, planId, "plan.noSuchPlan");
    if (!plan.getSchoolYear().equals(clock.currentSchoolYear())) {
      throw new PlanRuleException("plan.pastYear", plan.getSchoolYear().label());
    }
    return plan;
  }

  private PlanGoal goalOf(TutorPlan plan, ActivityDetails details) {
    PlanGoal goal = em.find(PlanGoal.class, details.getGoalId());
    if (goal == null || !goal.getPlan().equals(plan)) {
      throw new PlanRuleException("plan.noSuchGoal");
    }
    return goal;
  }

  private void record(TutorPlan plan, SignedInUser user, PlanAction action, String comment) {
    String kept = comment == null || comment.isBlank() ? null : comment.strip();
    if (kept != null && kept.length() > 2000) {
      throw new PlanRuleException("plan.commentTooLong");
    }
    em.persist(new PlanEvent(plan, clock.now(), user.displayName(), action, kept));
    writeOrRefuseStale();
    audit("PLAN_" + action.name(), plan);
    changes.fire(new PlanChanged(plan.getId(), action));
  }

  private void edited(TutorPlan plan) {
    writeOrRefuseStale();
    audit("PLAN_EDIT", plan);
  }

  /**
   * Writes the change now: when another tutor (or the principal) changed the plan meanwhile, its
   * version has moved on and the change is refused with a message instead of failing at commit.
   */
  private void writeOrRefuseStale() {
    try {
      em.flush();
    } catch (OptimisticLockException changedMeanwhile) {
      throw new PlanRuleException("plan.stale");
    }
  }

  private void audit(String action, TutorPlan plan) {
    auditLog.record(
        access.user().loginName(),
        action,
        "tutor plan " + plan.getId() + " of school " + plan.getSchool().getId(),
        AuditOutcome.SUCCESS);
  }

  private void requireValid(Object details) {
    Plans.requireValid(validator, details);
  }

  private <T> T existing(Class<T> type, Long id, String messageKey) {
    T found = id == null ? null : em.find(type, id);
    if (found == null) {
      throw new PlanRuleException(messageKey);
    }
    return found;
  }
}
