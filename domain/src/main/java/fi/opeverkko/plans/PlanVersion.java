package fi.opeverkko.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** The plan as it was on its n-th submission. Never changed once written. */
@Entity
@Table(name = "plan_version")
@NamedQuery(
    name = PlanVersion.OF_PLAN,
    query = "SELECT v FROM PlanVersion v WHERE v.plan = :plan ORDER BY v.number DESC")
public class PlanVersion implements Serializable {

  static final String OF_PLAN = "PlanVersion.ofPlan";

  @Id
  @SequenceGenerator(
      name = "plan_version_seq",
      sequenceName = "plan_version_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_version_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  private TutorPlan plan;

  private int number;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Lob
  @Column(name = "content")
  private String content;

  protected PlanVersion() {}

  PlanVersion(TutorPlan plan, LocalDateTime submittedAt, String submittedBy) {
    this.plan = plan;
    this.number = plan.getSubmittedVersions();
    this.submittedAt = submittedAt;
    this.submittedBy = submittedBy;
    this.content = plan.snapshot().toJson();
  }

  public TutorPlan getPlan() {
    return plan;
  }

  public int getNumber() {
    return number;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public PlanSnapshot contents() {
    return PlanSnapshot.fromJson(content);
  }
}
