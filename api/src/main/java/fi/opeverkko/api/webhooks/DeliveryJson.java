package fi.opeverkko.api.webhooks;

import fi.opeverkko.platform.WebhookDeliveryRow;
import fi.opeverkko.platform.WebhookStatus;
import java.time.OffsetDateTime;

/**
 * A delivery in a subscription's log.
 *
 * @param messageId its {@code webhook-id}, the same on every try
 * @param eventType what it told
 * @param status {@code QUEUED}, {@code DELIVERED} or {@code FAILED}
 * @param attempts tries so far
 * @param lastStatus the receiver's last HTTP status, or {@code null} without an answer
 * @param lastError the last failure in words
 * @param queuedAt when the event happened
 * @param deliveredAt when the receiver took it
 */
public record DeliveryJson(
    String messageId,
    String eventType,
    WebhookStatus status,
    int attempts,
    Integer lastStatus,
    String lastError,
    OffsetDateTime queuedAt,
    OffsetDateTime deliveredAt) {

  static DeliveryJson of(WebhookDeliveryRow row) {
    return new DeliveryJson(
        row.messageId(),
        row.eventType(),
        row.status(),
        row.attempts(),
        row.lastStatus(),
        row.lastError(),
        WebhookJson.utc(row.queuedAt()),
        WebhookJson.utc(row.deliveredAt()));
  }
}
