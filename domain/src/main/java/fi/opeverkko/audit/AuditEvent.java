package fi.opeverkko.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One line of the audit trail. Written once, never changed. The texts are cleaned of control
 * characters before they get here, so no user input can forge a line of its own.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.NEWEST_FIRST,
    query = "SELECT e FROM AuditEvent e ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = AuditEvent.COUNT, query = "SELECT COUNT(e) FROM AuditEvent e")
public class AuditEvent implements Serializable {

  static final String NEWEST_FIRST = "AuditEvent.newestFirst";
  static final String COUNT = "AuditEvent.count";

  @Id
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  private Long id;

  /** In UTC: Persistence 3.1 (EclipseLink 4) has no mapping for Instant. */
  @Column(name = "occurred_at", nullable = false)
  private LocalDateTime occurredAt;

  @Column(nullable = false, length = 100)
  private String subject;

  @Column(nullable = false, length = 60)
  private String action;

  @Column(name = "object_ref", length = 200)
  private String objectRef;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AuditOutcome outcome;

  protected AuditEvent() {}

  AuditEvent(
      LocalDateTime occurredAt,
      String subject,
      String action,
      String objectRef,
      AuditOutcome outcome) {
    this.occurredAt = occurredAt;
    this.subject = subject;
    this.action = action;
    this.objectRef = objectRef;
    this.outcome = outcome;
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getOccurredAtUtc() {
    return occurredAt;
  }

  public String getSubject() {
    return subject;
  }

  public String getAction() {
    return action;
  }

  public String getObjectRef() {
    return objectRef;
  }

  public AuditOutcome getOutcome() {
    return outcome;
  }
}
