package fi.opeverkko.competence;

import fi.opeverkko.network.Person;
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
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A competence level a person holds the badges for, and the principal's answer: the badges alone do
 * not make the level (seeds 000: "the supervisor confirms the level achievements"); only a
 * confirmed level counts toward the targets.
 */
@Entity
@Table(name = "level_confirmation")
public class LevelConfirmation {

  @Id
  @SequenceGenerator(
      name = "level_confirmation_seq",
      sequenceName = "level_confirmation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "level_confirmation_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "level_number")
  private Level level;

  @Enumerated(EnumType.STRING)
  private LevelStatus status = LevelStatus.WAITING;

  @Column(name = "asked_at")
  private LocalDateTime askedAt;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  private String comment;

  @Version private long version;

  protected LevelConfirmation() {}

  /** A level waiting for the principal, from the day its badges are all held. */
  LevelConfirmation(Person person, Level level, LocalDateTime now) {
    this.person = person;
    this.level = level;
    this.askedAt = now;
  }

  /** The principal confirms: the level counts from now on. */
  void confirm(String principal, LocalDateTime now) {
    requireWaiting();
    status = LevelStatus.CONFIRMED;
    decide(principal, null, now);
  }

  /** The principal returns the level, saying why (e.g. to talk it over in a development talk). */
  void giveBack(String principal, String comment, LocalDateTime now) {
    requireWaiting();
    String kept = Blanks.toNull(comment);
    if (kept == null) {
      throw new CompetenceRuleException("competence.returnCommentRequired");
    }
    if (kept.length() > BadgeApplication.COMMENT_MAX_LENGTH) {
      throw new CompetenceRuleException(
          "competence.commentTooLong", BadgeApplication.COMMENT_MAX_LENGTH);
    }
    status = LevelStatus.RETURNED;
    decide(principal, kept, now);
  }

  /** The teacher asks again for a returned level; the principal's comment stays until answered. */
  void askAgain(LocalDateTime now) {
    if (status != LevelStatus.RETURNED) {
      throw new CompetenceRuleException("competence.levelNotReturned");
    }
    status = LevelStatus.WAITING;
    askedAt = now;
  }

  private void requireWaiting() {
    if (status != LevelStatus.WAITING) {
      throw new CompetenceRuleException("competence.levelNotWaiting");
    }
  }

  private void decide(String principal, String comment, LocalDateTime now) {
    this.decidedBy = principal;
    this.comment = comment;
    this.decidedAt = now;
  }

  public Person getPerson() {
    return person;
  }

  public Level getLevel() {
    return level;
  }

  public LevelStatus getStatus() {
    return status;
  }

  public LocalDateTime getAskedAt() {
    return askedAt;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getComment() {
    return comment;
  }
}
