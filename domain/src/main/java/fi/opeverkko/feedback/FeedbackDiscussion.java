package fi.opeverkko.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The feedback discussion of the trainers and their team's leader that an average under {@link
 * FeedbackResult#DISCUSSION_BELOW} opens (seeds 004): due within {@link #DUE_IN_DAYS} days, the
 * leader records when it was held and what was agreed, then closes it. One per subject: later
 * answers do not open another.
 */
@Entity
@Table(name = "feedback_discussion")
public class FeedbackDiscussion {

  /** The discussion is to be held within a month of its opening. */
  static final int DUE_IN_DAYS = 30;

  @Id
  @SequenceGenerator(
      name = "feedback_discussion_seq",
      sequenceName = "feedback_discussion_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_discussion_seq")
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "subject_row_id")
  private FeedbackSubject subject;

  @Column(name = "opened_at")
  private LocalDateTime openedAt;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "held_on")
  private LocalDate heldOn;

  private String agreed;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Version private long version;

  protected FeedbackDiscussion() {}

  FeedbackDiscussion(FeedbackSubject subject, LocalDateTime openedAt) {
    this.subject = subject;
    this.openedAt = openedAt;
    this.dueOn = openedAt.toLocalDate().plusDays(DUE_IN_DAYS);
  }

  /**
   * Records when the discussion was held (not before it opened, not in the future) and what was
   * agreed; may be corrected until it is closed.
   */
  void record(LocalDate held, String agreedText, String by, LocalDate today) {
    requireOpen();
    if (held == null) {
      throw new FeedbackRuleException("feedback.heldRequired");
    }
    if (held.isBefore(openedAt.toLocalDate()) || held.isAfter(today)) {
      throw new FeedbackRuleException("feedback.heldOutOfRange");
    }
    if (agreedText == null || agreedText.isBlank()) {
      throw new FeedbackRuleException("feedback.agreedRequired");
    }
    this.heldOn = held;
    this.agreed = agreedText.strip();
    this.recordedBy = by;
  }

  /** Closes a discussion that was held and recorded. */
  void close(String by, LocalDateTime at) {
    requireOpen();
    if (heldOn == null) {
      throw new FeedbackRuleException("feedback.notHeldYet");
    }
    this.closedAt = at;
    this.closedBy = by;
  }

  private void requireOpen() {
    if (closedAt != null) {
      throw new FeedbackRuleException("feedback.alreadyClosed");
    }
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  /** Open past its due date. */
  public boolean overdue(LocalDate today) {
    return isOpen() && today.isAfter(dueOn);
  }

  public Long getId() {
    return id;
  }

  public FeedbackSubject getSubject() {
    return subject;
  }

  public LocalDateTime getOpenedAt() {
    return openedAt;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getAgreed() {
    return agreed;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }
}
