package fi.opeverkko.plans;

import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolRole;
import java.io.Serializable;
import java.util.List;

/**
 * A school and a role in which the user logs work this year; for a tutor, the goals of the school's
 * plan (empty until the plan has some) to link entries to.
 */
public record LogPlace(School school, SchoolRole role, List<PlanGoal> goals)
    implements Serializable {

  /** The planned activities of the place's plan, goal by goal. */
  public List<PlanActivity> activitiesOf(PlanGoal goal) {
    return goal.getPlan().activitiesOf(goal);
  }
}
