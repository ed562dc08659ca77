package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  /** The Standard Webhooks reference libraries' example: secret, id, timestamp, body, signature. */
  @Test
  void signsAsTheStandardWebhooksLibraries() {
    byte[] key = Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    assertEquals(
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        WebhookSignature.sign(
            key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}"));
  }

  @Test
  void retriesForAboutADayThenFails() {
    Duration total = WebhookDelivery.RETRIES.stream().reduce(Duration.ZERO, Duration::plus);
    assertTrue(
        total.compareTo(Duration.ofHours(23)) > 0 && total.compareTo(Duration.ofHours(25)) < 0);
    LocalDateTime now = LocalDateTime.of(2026, 12, 2, 12, 0);
    WebhookSubscription subscription =
        new WebhookSubscription(
            "https://receiver.example/", Set.of("visit.requested"), "admin", now);
    WebhookDelivery delivery = new WebhookDelivery(subscription, "visit.requested", "{}", now);
    delivery.failed(500, "HTTP 500", now);
    assertEquals(now.plusSeconds(2), delivery.getNextAttemptAt());
    for (int i = 1; i < WebhookDelivery.RETRIES.size(); i++) {
      delivery.failed(null, "refused", now);
      assertEquals(WebhookStatus.QUEUED, delivery.getStatus());
    }
    delivery.failed(503, "HTTP 503", now);
    assertEquals(WebhookStatus.FAILED, delivery.getStatus());
    assertEquals(WebhookDelivery.RETRIES.size() + 1, delivery.getAttempts());
    assertTrue(subscription.getSecret().startsWith("whsec_"));
    assertEquals(32, subscription.signingKey().length);
  }
}
