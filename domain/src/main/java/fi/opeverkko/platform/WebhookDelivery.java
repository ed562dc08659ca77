package fi.opeverkko.platform;

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
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One event on its way to one subscription, with its log: how many tries, the receiver's last
 * answer, and when it was delivered. Retried with backoff ({@link #RETRIES}: about a day in all),
 * then failed.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(
    name = WebhookDelivery.OF_SUBSCRIPTION,
    query =
        "SELECT d FROM WebhookDelivery d WHERE d.subscription.id = :subscription"
            + " ORDER BY d.queuedAt DESC, d.id DESC")
public class WebhookDelivery {

  static final String OF_SUBSCRIPTION = "WebhookDelivery.ofSubscription";

  /**
   * The waits before the second, third... try: quick at first (a receiver restarting), then longer;
   * together about a day, after which the delivery fails.
   */
  static final List<Duration> RETRIES =
      List.of(
          Duration.ofSeconds(2),
          Duration.ofSeconds(10),
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(30),
          Duration.ofHours(1),
          Duration.ofHours(2),
          Duration.ofHours(4),
          Duration.ofHours(8),
          Duration.ofHours(8));

  private static final int ERROR_MAX = 500;

  @Id
  @SequenceGenerator(
      name = "webhook_delivery_seq",
      sequenceName = "webhook_delivery_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "subscription_id")
  private WebhookSubscription subscription;

  @Column(name = "message_id", nullable = false, length = 40)
  private String messageId;

  @Column(name = "event_type", nullable = false, length = 50)
  private String eventType;

  @Column(nullable = false, length = 4000)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private WebhookStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "queued_at", nullable = false)
  private LocalDateTime queuedAt;

  @Column(name = "next_attempt_at", nullable = false)
  private LocalDateTime nextAttemptAt;

  @Column(name = "claimed_until")
  private LocalDateTime claimedUntil;

  @Column(name = "delivered_at")
  private LocalDateTime deliveredAt;

  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_error", length = ERROR_MAX)
  private String lastError;

  protected WebhookDelivery() {}

  WebhookDelivery(
      WebhookSubscription subscription, String eventType, String payload, LocalDateTime now) {
    this.subscription = subscription;
    this.messageId = "msg_" + UUID.randomUUID();
    this.eventType = eventType;
    this.payload = payload;
    this.status = WebhookStatus.QUEUED;
    this.queuedAt = now;
    this.nextAttemptAt = now;
  }

  void claim(LocalDateTime until) {
    claimedUntil = until;
  }

  void delivered(int httpStatus, LocalDateTime now) {
    attempts++;
    status = WebhookStatus.DELIVERED;
    lastStatus = httpStatus;
    lastError = null;
    deliveredAt = now;
    claimedUntil = null;
  }

  /** A failed try: the next after its wait, or the delivery fails when the day is over. */
  void failed(Integer httpStatus, String error, LocalDateTime now) {
    attempts++;
    lastStatus = httpStatus;
    lastError =
        error == null || error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
    claimedUntil = null;
    if (attempts > RETRIES.size()) {
      status = WebhookStatus.FAILED;
    } else {
      nextAttemptAt = now.plus(RETRIES.get(attempts - 1));
    }
  }

  public Long getId() {
    return id;
  }

  WebhookSubscription getSubscription() {
    return subscription;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getEventType() {
    return eventType;
  }

  public String getPayload() {
    return payload;
  }

  public WebhookStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public LocalDateTime getQueuedAt() {
    return queuedAt;
  }

  public LocalDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  public LocalDateTime getDeliveredAt() {
    return deliveredAt;
  }

  public Integer getLastStatus() {
    return lastStatus;
  }

  public String getLastError() {
    return lastError;
  }
}
