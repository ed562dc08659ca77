package fi.opeverkko.platform;

/**
 * A claimed delivery as the sender needs it.
 *
 * @param deliveryId the delivery's row
 * @param url where to send it
 * @param key the subscription's signing key
 * @param messageId the {@code webhook-id}: the same on every try, so a receiver sees a repeat
 * @param payload the JSON body
 */
public record WebhookMessage(
    Long deliveryId, String url, byte[] key, String messageId, String payload) {}
