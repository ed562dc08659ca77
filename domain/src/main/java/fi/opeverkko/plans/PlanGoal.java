package fi.opeverkko.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A goal of a tutor activity plan, serving one level of the digital-competence model. */
@Entity
@Table(name = "plan_goal")
public class PlanGoal implements Positioned, Serializable {

  @Id
  @SequenceGenerator(name = "plan_goal_seq", sequenceName = "plan_goal_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_goal_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  private TutorPlan plan;

  private int position;

  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "competence_level")
  private CompetenceLevel level;

  protected PlanGoal() {}

  PlanGoal(TutorPlan plan, int position, GoalDetails details) {
    this.plan = plan;
    this.position = position;
    take(details);
  }

  void change(GoalDetails details, LocalDateTime now) {
    plan.touch(now);
    take(details);
  }

  private void take(GoalDetails details) {
    description = details.getDescription().strip();
    level = details.getLevel();
  }

  public Long getId() {
    return id;
  }

  public TutorPlan getPlan() {
    return plan;
  }

  @Override
  public int getPosition() {
    return position;
  }

  public String getDescription() {
    return description;
  }

  public CompetenceLevel getLevel() {
    return level;
  }
}
