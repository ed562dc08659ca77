package fi.opeverkko.api.webhooks;

import fi.opeverkko.platform.WebhookRow;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * A webhook subscription.
 *
 * @param id the subscription's id
 * @param url the receiver
 * @param eventTypes the event types it hears of
 * @param active false once a delivery gave up, until enabled again
 * @param secret the signing secret ({@code whsec_...}): only in the answer to subscribing
 * @param createdAt when it was made
 * @param disabledAt when it was disabled, or {@code null}
 */
public record WebhookJson(
    long id,
    String url,
    Set<String> eventTypes,
    boolean active,
    String secret,
    OffsetDateTime createdAt,
    OffsetDateTime disabledAt) {

  static WebhookJson of(WebhookRow row) {
    return new WebhookJson(
        row.id(),
        row.url(),
        row.eventTypes(),
        row.active(),
        row.secret(),
        utc(row.createdAt()),
        utc(row.disabledAt()));
  }

  static OffsetDateTime utc(LocalDateTime time) {
    return time == null ? null : time.atOffset(ZoneOffset.UTC);
  }
}
