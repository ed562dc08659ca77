package fi.opeverkko.competence;

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
import java.time.LocalDateTime;

/** One step in an application's history: who did what, when, and what they said. Never changed. */
@Entity
@Table(name = "badge_application_event")
public class ApplicationEvent {

  @Id
  @SequenceGenerator(
      name = "badge_application_event_seq",
      sequenceName = "badge_application_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "badge_application_event_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "application_id")
  private BadgeApplication application;

  @Column(name = "occurred_at")
  private LocalDateTime occurredAt;

  private String actor;

  @Enumerated(EnumType.STRING)
  private ApplicationAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private ApplicationStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private ApplicationStatus toStatus;

  private String comment;

  protected ApplicationEvent() {}

  ApplicationEvent(
      BadgeApplication application,
      LocalDateTime occurredAt,
      String actor,
      ApplicationAction action,
      ApplicationStatus fromStatus,
      ApplicationStatus toStatus,
      String comment) {
    this.application = application;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.comment = comment;
  }

  public BadgeApplication getApplication() {
    return application;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public ApplicationAction getAction() {
    return action;
  }

  public ApplicationStatus getFromStatus() {
    return fromStatus;
  }

  public ApplicationStatus getToStatus() {
    return toStatus;
  }

  public String getComment() {
    return comment;
  }
}
