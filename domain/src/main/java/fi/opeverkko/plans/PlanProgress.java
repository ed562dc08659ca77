package fi.opeverkko.plans;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Planned against done hours of a plan, per goal and per planned activity, from the tutors' log.
 *
 * @param goals each goal with its activities
 * @param unlinkedHours hours the school's tutors logged in the year without naming a goal
 */
public record PlanProgress(List<GoalProgress> goals, BigDecimal unlinkedHours)
    implements Serializable {

  public record GoalProgress(
      PlanGoal goal, BigDecimal planned, BigDecimal done, List<ActivityProgress> activities)
      implements Serializable {

    public int percent() {
      return PlanProgress.percent(planned, done);
    }
  }

  public record ActivityProgress(PlanActivity activity, BigDecimal planned, BigDecimal done)
      implements Serializable {

    public int percent() {
      return PlanProgress.percent(planned, done);
    }
  }

  public BigDecimal planned() {
    return goals.stream().map(GoalProgress::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal done() {
    return goals.stream().map(GoalProgress::done).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Done as a share of planned, in whole percent; over 100 when more was done than planned. */
  static int percent(BigDecimal planned, BigDecimal done) {
    if (planned.signum() == 0) {
      return 0;
    }
    return done.multiply(BigDecimal.valueOf(100))
        .divide(planned, 0, java.math.RoundingMode.HALF_UP)
        .intValue();
  }
}
