package fi.opeverkko.plans;

import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.platform.SchoolYear;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;

/**
 * Writes the life of a plan and the log entries that did not happen through the portal's pages, at
 * the times given: the demo network and the scale tests' logs. Every step goes through the plan's
 * own rules and is kept in its history and versions, exactly as {@link PlanService} keeps them, but
 * without a signed-in user, an audit entry or an email. The caller holds the transaction.
 */
public final class PlanReplay {

  private final EntityManager em;

  public PlanReplay(EntityManager em) {
    this.em = em;
  }

  /** A school's plan of a year, started by {@code tutor} at {@code at} with these contents. */
  public TutorPlan start(
      School school, SchoolYear year, PlanSnapshot contents, String tutor, LocalDateTime at) {
    TutorPlan plan = new TutorPlan(school, year, at);
    plan.change(new PlanBasics(contents.startingPoint(), contents.followUp()), at);
    for (PlanSnapshot.Goal goal : contents.goals()) {
      PlanGoal added = plan.addGoal(new GoalDetails(goal.description(), goal.level()), at);
      for (PlanSnapshot.Activity a : goal.activities()) {
        plan.addActivity(
            added,
            new ActivityDetails(
                null, a.what(), a.audience(), a.timing(), a.ledBy(), a.plannedHours()),
            at);
      }
    }
    em.persist(plan);
    em.persist(new PlanEvent(plan, at, tutor, PlanAction.START, null));
    return plan;
  }

  /** A step of the plan's life; a submission keeps the version submitted. */
  public void step(
      TutorPlan plan, PlanAction action, String actor, String comment, LocalDateTime at) {
    plan.step(action, at);
    if (action == PlanAction.SUBMIT) {
      em.persist(new PlanVersion(plan, at, actor));
    }
    em.persist(new PlanEvent(plan, at, actor, action, comment));
  }

  /** An entry of a person's activity log, for a planned activity (and its goal) or none. */
  public void log(
      Person person,
      School school,
      LogDetails details,
      PlanActivity activity,
      LocalDateTime createdAt) {
    ActivityLogEntry entry =
        new ActivityLogEntry(person, SchoolYear.containing(details.getDoneOn()), createdAt);
    entry.take(school, details, activity == null ? null : activity.getGoal(), activity);
    em.persist(entry);
  }
}
