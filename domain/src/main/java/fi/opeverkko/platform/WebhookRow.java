package fi.opeverkko.platform;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * A subscription as its admin sees it.
 *
 * @param id the subscription
 * @param url the receiver
 * @param eventTypes what it hears of
 * @param active false once disabled (a delivery gave up) until enabled by hand
 * @param secret the signing secret: given only when subscribing, {@code null} later
 * @param createdAt when it was made (UTC)
 * @param disabledAt when it was disabled (UTC), or {@code null}
 */
public record WebhookRow(
    long id,
    String url,
    Set<String> eventTypes,
    boolean active,
    String secret,
    LocalDateTime createdAt,
    LocalDateTime disabledAt) {

  static WebhookRow of(WebhookSubscription subscription, boolean withSecret) {
    return new WebhookRow(
        subscription.getId(),
        subscription.getUrl(),
        subscription.eventTypes(),
        subscription.isActive(),
        withSecret ? subscription.getSecret() : null,
        subscription.getCreatedAt(),
        subscription.getDisabledAt());
  }
}
