package fi.opeverkko.platform;

import java.time.LocalDateTime;

/**
 * A delivery in a subscription's log.
 *
 * @param messageId its {@code webhook-id}
 * @param eventType what it told
 * @param status queued, delivered or failed
 * @param attempts how many tries so far
 * @param lastStatus the receiver's last HTTP status, or {@code null} without an answer
 * @param lastError the last failure in words, or {@code null}
 * @param queuedAt when the event happened (UTC)
 * @param deliveredAt when the receiver took it (UTC), or {@code null}
 */
public record WebhookDeliveryRow(
    String messageId,
    String eventType,
    WebhookStatus status,
    int attempts,
    Integer lastStatus,
    String lastError,
    LocalDateTime queuedAt,
    LocalDateTime deliveredAt) {

  static WebhookDeliveryRow of(WebhookDelivery delivery) {
    return new WebhookDeliveryRow(
        delivery.getMessageId(),
        delivery.getEventType(),
        delivery.getStatus(),
        delivery.getAttempts(),
        delivery.getLastStatus(),
        delivery.getLastError(),
        delivery.getQueuedAt(),
        delivery.getDeliveredAt());
  }
}
