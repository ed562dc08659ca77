package fi.opeverkko.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A letter in the outbox: written with the change it tells about, then tried by the background
 * sender until the mail server takes it or the tries run out. Times are UTC.
 */
@Entity
@Table(name = "outbox_letter")
public class OutboxLetter implements Serializable {

  private static final int ABOUT_MAX = 200;
  private static final int ERROR_MAX = 500;

  @Id
  @SequenceGenerator(
      name = "outbox_letter_seq",
      sequenceName = "outbox_letter_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_letter_seq")
  private Long id;

  @Column(nullable = false, length = 320)
  private String recipient;

  @Column(nullable = false, length = 10)
  private String language;

  @Column(nullable = false, length = 500)
  private String subject;

  @Column(nullable = false, length = 20000)
  private String body;

  /** What the letter tells about, for the admins, e.g. "visit 12 (ACCEPT)". */
  @Column(nullable = false, length = ABOUT_MAX)
  private String about;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private OutboxStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "queued_at", nullable = false)
  private LocalDateTime queuedAt;

  @Column(name = "next_attempt_at", nullable = false)
  private LocalDateTime nextAttemptAt;

  /** Until when a sender holds the letter; null when nobody does. */
  @Column(name = "claimed_until")
  private LocalDateTime claimedUntil;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "error_kind", length = 20)
  private SendError errorKind;

  @Column(name = "last_error", length = ERROR_MAX)
  private String lastError;

  protected OutboxLetter() {}

  OutboxLetter(Letter letter, String about, LocalDateTime now) {
    this.recipient = letter.to();
    this.language = letter.locale().toLanguageTag();
    this.subject = letter.subject();
    this.body = letter.body();
    this.about = cut(about, ABOUT_MAX);
    this.status = OutboxStatus.QUEUED;
    this.queuedAt = now;
    this.nextAttemptAt = now;
  }

  /** The letter as written, for the mail server. */
  Letter letter() {
    return new Letter(recipient, Locale.forLanguageTag(language), subject, body);
  }

  void sent(LocalDateTime now) {
    attempts++;
    claimedUntil = null;
    status = OutboxStatus.SENT;
    sentAt = now;
  }

  /**
   * A try failed: the next waits twice as long as the one before ({@code backoff}, then double, and
   * so on), and after the last try the letter is given up.
   */
  void failed(LocalDateTime now, Throwable failure, Duration backoff, int maxAttempts) {
    attempts++;
    claimedUntil = null;
    errorKind = SendError.of(failure);
    lastError = cut(SendError.detail(failure), ERROR_MAX);
    if (attempts >= maxAttempts) {
      status = OutboxStatus.FAILED;
    } else {
      nextAttemptAt = now.plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 20)));
    }
  }

  /** An admin queues a failed letter again, for as many tries as a new one. */
  void requeue(LocalDateTime now) {
    if (status != OutboxStatus.FAILED) {
      throw new IllegalStateException("only a failed letter is queued again");
    }
    status = OutboxStatus.QUEUED;
    attempts = 0;
    claimedUntil = null;
    nextAttemptAt = now;
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getAbout() {
    return about;
  }

  public OutboxStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public LocalDateTime getQueuedAtUtc() {
    return queuedAt;
  }

  public LocalDateTime getNextAttemptAtUtc() {
    return nextAttemptAt;
  }

  public LocalDateTime getSentAtUtc() {
    return sentAt;
  }

  public SendError getErrorKind() {
    return errorKind;
  }

  public String getLastError() {
    return lastError;
  }
}
