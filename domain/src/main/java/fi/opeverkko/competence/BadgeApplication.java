package fi.opeverkko.competence;

import fi.opeverkko.network.Person;
import fi.opeverkko.platform.WorkingDays;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A teacher's application for a badge: the evidence, the reviewer from the granting community who
 * was given it, and where it stands. Its status changes only through {@link #apply}, which follows
 * {@link ApplicationStatus} and returns the step for the application's history.
 */
@Entity
@Table(name = "badge_application")
public class BadgeApplication {

  /** A reviewer answers within ten working days, like a team answers a school. */
  static final int REVIEW_WITHIN_WORKING_DAYS = 10;

  static final int COMMENT_MAX_LENGTH = 2000;

  @Id
  @SequenceGenerator(
      name = "badge_application_seq",
      sequenceName = "badge_application_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "badge_application_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "badge_id")
  private Badge badge;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "applicant_id")
  private Person applicant;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reviewer_id")
  private Person reviewer;

  @Enumerated(EnumType.STRING)
  private ApplicationStatus status = ApplicationStatus.DRAFT;

  private String description;

  /** The links, one a line. */
  private String links;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  /** When it was last sent (or sent back): the reviewer's ten working days run from here. */
  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Version private long version;

  protected BadgeApplication() {}

  BadgeApplication(Badge badge, Person applicant, EvidenceDetails evidence, LocalDateTime now) {
    badge.requireCurrent();
    this.badge = badge;
    this.applicant = applicant;
    this.createdAt = now;
    changeEvidence(evidence, now);
  }

  /** The application with the id; refuses an unknown one. */
  static BadgeApplication existing(EntityManager em, Long applicationId) {
    BadgeApplication application =
        applicationId == null ? null : em.find(BadgeApplication.class, applicationId);
    if (application == null) {
      throw new CompetenceRuleException("competence.noSuchApplication");
    }
    return application;
  }

  /** Takes the teacher's evidence (description and links); only while the teacher holds it. */
  void changeEvidence(EvidenceDetails evidence, LocalDateTime now) {
    requireEditable();
    evidence.requireValid();
    this.description = Blanks.toNull(evidence.description());
    this.links = evidence.links().isEmpty() ? null : String.join("\n", evidence.links());
    this.updatedAt = now;
  }

  /** Refuses changes to the evidence once sent, until the reviewer asks for more. */
  void requireEditable() {
    if (!status.editable()) {
      throw new CompetenceRuleException("competence.notEditable");
    }
  }

  /**
   * Gives the application to its reviewer before it is first sent. The applicant never reviews
   * their own application, whoever chose the reviewer.
   */
  void assignTo(Person reviewer) {
    if (status != ApplicationStatus.DRAFT) {
      throw new IllegalStateException("a reviewer is given a draft about to be sent");
    }
    if (reviewer == applicant
        || (reviewer.getId() != null && reviewer.getId().equals(applicant.getId()))) {
      throw new CompetenceRuleException("competence.ownReview");
    }
    this.reviewer = reviewer;
  }

  /**
   * Takes an action and says what happened, for the history. Refuses what the status does not
   * allow, asking for more or declining without a comment, sending without a description, sending
   * for the first time without a reviewer, and granting a retired badge.
   */
  ApplicationEvent apply(
      ApplicationAction action, String actor, String comment, LocalDateTime now) {
    String kept = Blanks.toNull(comment);
    if (action.requiresComment() && kept == null) {
      throw new CompetenceRuleException("competence.commentRequired");
    }
    if (kept != null && kept.length() > COMMENT_MAX_LENGTH) {
      throw new CompetenceRuleException("competence.commentTooLong", COMMENT_MAX_LENGTH);
    }
    ApplicationStatus from = status;
    ApplicationStatus to = status.after(action);
    switch (action) {
      case SUBMIT, RESUBMIT -> {
        badge.requireCurrent();
        if (description == null) {
          throw new CompetenceRuleException("competence.descriptionRequired");
        }
        if (reviewer == null) {
          throw new IllegalStateException("assign a reviewer before sending");
        }
        submittedAt = now;
      }
      case GRANT -> {
        badge.requireCurrent();
        decidedAt = now;
      }
      case DECLINE -> decidedAt = now;
      case ASK_MORE -> {
        // Only the status changes: the teacher holds the application again.
      }
    }
    status = to;
    updatedAt = now;
    return new ApplicationEvent(this, now, actor, action, from, to, kept);
  }

  /** Working days the application has waited for its reviewer (0 unless it waits for them). */
  public int waitingWorkingDays(LocalDate today) {
    return status.awaitsReview() && submittedAt != null
        ? WorkingDays.workingDaysBetween(submittedAt.toLocalDate(), today)
        : 0;
  }

  /** Whether the reviewer has kept the teacher waiting longer than ten working days. */
  public boolean overdue(LocalDate today) {
    return waitingWorkingDays(today) > REVIEW_WITHIN_WORKING_DAYS;
  }

  public List<String> links() {
    return links == null ? List.of() : Arrays.asList(links.split("\n"));
  }

  public Long getId() {
    return id;
  }

  public Badge getBadge() {
    return badge;
  }

  public Person getApplicant() {
    return applicant;
  }

  public Person getReviewer() {
    return reviewer;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public String getDescription() {
    return description;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
