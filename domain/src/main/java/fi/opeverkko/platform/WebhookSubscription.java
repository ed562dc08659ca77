package fi.opeverkko.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;

/**
 * A receiver outside the portal subscribed to event types: its URL, the secret its deliveries are
 * signed with (Standard Webhooks: {@code whsec_} and 32 random bytes in base64), and whether it is
 * active. A delivery that gave up disables it ({@link #disable}) until an admin enables it again.
 */
@Entity
@Table(name = "webhook_subscription")
@NamedQuery(
    name = WebhookSubscription.ACTIVE,
    query = "SELECT s FROM WebhookSubscription s WHERE s.active = TRUE")
@NamedQuery(
    name = WebhookSubscription.ALL,
    query = "SELECT s FROM WebhookSubscription s ORDER BY s.id")
public class WebhookSubscription {

  static final String ACTIVE = "WebhookSubscription.active";
  static final String ALL = "WebhookSubscription.all";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @SequenceGenerator(
      name = "webhook_subscription_seq",
      sequenceName = "webhook_subscription_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_subscription_seq")
  private Long id;

  @Column(nullable = false, length = 2000)
  private String url;

  @Column(nullable = false, length = 100)
  private String secret;

  /** The event types, comma-separated, sorted. */
  @Column(name = "event_types", nullable = false, length = 1000)
  private String eventTypes;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "disabled_at")
  private LocalDateTime disabledAt;

  @Version private long version;

  protected WebhookSubscription() {}

  WebhookSubscription(String url, Set<String> eventTypes, String createdBy, LocalDateTime now) {
    this.url = url;
    this.eventTypes = String.join(",", new TreeSet<>(eventTypes));
    this.secret = newSecret();
    this.active = true;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  private static String newSecret() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return "whsec_" + Base64.getEncoder().encodeToString(key);
  }

  boolean wants(String eventType) {
    return eventTypes().contains(eventType);
  }

  void disable(LocalDateTime now) {
    active = false;
    disabledAt = now;
  }

  void enable() {
    active = true;
    disabledAt = null;
  }

  /** The signing key: the secret's bytes after {@code whsec_}. */
  byte[] signingKey() {
    return Base64.getDecoder().decode(secret.substring("whsec_".length()));
  }

  public Long getId() {
    return id;
  }

  public String getUrl() {
    return url;
  }

  public String getSecret() {
    return secret;
  }

  public Set<String> eventTypes() {
    return new TreeSet<>(Arrays.asList(eventTypes.split(",")));
  }

  public boolean isActive() {
    return active;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getDisabledAt() {
    return disabledAt;
  }
}
