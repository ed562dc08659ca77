package fi.opeverkko.visits;

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

/** One step in a visit's history: who did what, when, and why. Never changed once written. */
@Entity
@Table(name = "visit_event")
public class VisitEvent implements Serializable {

  @Id
  @SequenceGenerator(
      name = "visit_event_seq",
      sequenceName = "visit_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_event_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "request_id")
  private VisitRequest request;

  @Column(name = "occurred_at")
  private LocalDateTime occurredAt;

  private String actor;

  @Enumerated(EnumType.STRING)
  private VisitAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private VisitStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private VisitStatus toStatus;

  private String reason;

  /** The time a scheduling step replaced (null for the first scheduling and other steps). */
  @Column(name = "previous_starts_at")
  private LocalDateTime previousStartsAt;

  @Column(name = "previous_ends_at")
  private LocalDateTime previousEndsAt;

  /** The time a scheduling step set (null for other steps). */
  @Column(name = "starts_at")
  private LocalDateTime startsAt;

  @Column(name = "ends_at")
  private LocalDateTime endsAt;

  protected VisitEvent() {}

  VisitEvent(
      VisitRequest request,
      LocalDateTime occurredAt,
      String actor,
      VisitAction action,
      VisitStatus fromStatus,
      VisitStatus toStatus,
      String reason) {
    this.request = request;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.reason = reason;
  }

  /** A scheduling step: the time it set, and the time it replaced when the visit was moved. */
  VisitEvent(
      VisitRequest request,
      LocalDateTime occurredAt,
      String actor,
      VisitAction action,
      VisitStatus fromStatus,
      String reason,
      LocalDateTime previousStartsAt,
      LocalDateTime previousEndsAt) {
    this(request, occurredAt, actor, action, fromStatus, request.getStatus(), reason);
    this.previousStartsAt = previousStartsAt;
    this.previousEndsAt = previousEndsAt;
    this.startsAt = request.getStartsAt();
    this.endsAt = request.getEndsAt();
  }

  public VisitRequest getRequest() {
    return request;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public VisitAction getAction() {
    return action;
  }

  public VisitStatus getFromStatus() {
    return fromStatus;
  }

  public VisitStatus getToStatus() {
    return toStatus;
  }

  public String getReason() {
    return reason;
  }

  public LocalDateTime getPreviousStartsAt() {
    return previousStartsAt;
  }

  public LocalDateTime getPreviousEndsAt() {
    return previousEndsAt;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }
}
