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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One step in a plan's history: who did what, when, to which version, and what they said. */
@Entity
@Table(name = "plan_event")
@NamedQuery(
    name = PlanEvent.OF_PLAN,
    query = "SELECT e FROM PlanEvent e WHERE e.plan = :plan ORDER BY e.occurredAt DESC, e.id DESC")
public class PlanEvent implements Serializable {

  static final String OF_PLAN = "PlanEvent.ofPlan";

  @Id
  @SequenceGenerator(name = "plan_event_seq", sequenceName = "plan_event_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_event_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  private TutorPlan plan;

  @Column(name = "occurred_at")
  private LocalDateTime occurredAt;

  private String actor;

  @Enumerated(EnumType.STRING)
  private PlanAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private PlanStatus toStatus;

  @Column(name = "plan_version")
  private int planVersion;

  private String comment;

  protected PlanEvent() {}

  PlanEvent(
      TutorPlan plan, LocalDateTime occurredAt, String actor, PlanAction action, String comment) {
    this.plan = plan;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.toStatus = plan.getStatus();
    this.planVersion = plan.getSubmittedVersions();
    this.comment = comment;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public PlanAction getAction() {
    return action;
  }

  public PlanStatus getToStatus() {
    return toStatus;
  }

  public int getPlanVersion() {
    return planVersion;
  }

  public String getComment() {
    return comment;
  }
}
