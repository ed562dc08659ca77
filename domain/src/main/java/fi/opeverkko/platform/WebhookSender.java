package fi.opeverkko.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Sends the due webhook deliveries: claims each, POSTs it signed, and logs the answer (2xx:
 * delivered; anything else, a timeout or no answer: another try later). No transaction is open
 * while a receiver is talked to, and a receiver gets ten seconds at most.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {

  private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
  private static final int ROUND_MAX = 50;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Inject private WebhookClaims claims;

  /** One round: every due delivery once. */
  public void sendDue(Supplier<LocalDateTime> clock) {
    LocalDateTime start = clock.get();
    for (Long id : claims.due(start, ROUND_MAX)) {
      LocalDateTime now = clock.get();
      claims
          .claim(id, now, now.plus(TIMEOUT.multipliedBy(3)))
          .ifPresent(message -> send(message, clock));
    }
  }

  private void send(WebhookMessage message, Supplier<LocalDateTime> clock) {
    long timestamp = clock.get().toEpochSecond(ZoneOffset.UTC);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(message.url()))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("webhook-id", message.messageId())
            .header("webhook-timestamp", Long.toString(timestamp))
            .header(
                "webhook-signature",
                WebhookSignature.sign(
                    message.key(), message.messageId(), timestamp, message.payload()))
            .POST(HttpRequest.BodyPublishers.ofString(message.payload()))
            .build();
    try {
      int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status / 100 == 2) {
        claims.delivered(message.deliveryId(), status, clock.get());
      } else {
        claims.failed(message.deliveryId(), status, "HTTP " + status, clock.get());
      }
    } catch (IOException | IllegalArgumentException failure) {
      LOG.fine(() -> "Webhook " + message.messageId() + " failed: " + failure);
      claims.failed(message.deliveryId(), null, failure.toString(), clock.get());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      claims.failed(message.deliveryId(), null, "interrupted", clock.get());
    }
  }
}
