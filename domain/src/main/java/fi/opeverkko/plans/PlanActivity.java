package fi.opeverkko.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A planned activity of a tutor plan: what, for whom, when, who leads it, hours; for a goal. */
@Entity
@Table(name = "plan_activity")
public class PlanActivity implements Positioned, Serializable {

  @Id
  @SequenceGenerator(
      name = "plan_activity_seq",
      sequenceName = "plan_activity_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_activity_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  private TutorPlan plan;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "goal_id")
  private PlanGoal goal;

  private int position;

  private String what;

  private String audience;

  private String timing;

  @Column(name = "led_by")
  private String ledBy;

  @Column(name = "planned_hours")
  private BigDecimal plannedHours;

  protected PlanActivity() {}

  PlanActivity(TutorPlan plan, PlanGoal goal, int position, ActivityDetails details) {
    this.plan = plan;
    this.position = position;
    take(goal, details);
  }

  void change(PlanGoal goal, ActivityDetails details, LocalDateTime now) {
    plan.touch(now);
    take(goal, details);
  }

  private void take(PlanGoal goal, ActivityDetails details) {
    this.goal = goal;
    what = details.getWhat().strip();
    audience = details.getAudience().strip();
    timing = details.getTiming().strip();
    ledBy = details.getLedBy().strip();
    plannedHours = details.getPlannedHours();
  }

  /** The activity as a form fills it in, for the given goal (or its own when null). */
  public ActivityDetails details(Long goalId) {
    return new ActivityDetails(
        goalId == null ? goal.getId() : goalId, what, audience, timing, ledBy, plannedHours);
  }

  public Long getId() {
    return id;
  }

  public TutorPlan getPlan() {
    return plan;
  }

  public PlanGoal getGoal() {
    return goal;
  }

  @Override
  public int getPosition() {
    return position;
  }

  public String getWhat() {
    return what;
  }

  public String getAudience() {
    return audience;
  }

  public String getTiming() {
    return timing;
  }

  public String getLedBy() {
    return ledBy;
  }

  public BigDecimal getPlannedHours() {
    return plannedHours;
  }
}
