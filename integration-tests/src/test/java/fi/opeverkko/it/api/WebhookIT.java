package fi.opeverkko.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fi.opeverkko.it.OnSharedPortal;
import fi.opeverkko.platform.Clock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The done criterion, end to end from outside the portal (plain HTTP, tokens straight from
 * Keycloak): a city's system signs in as its service account and pages through its schools; a
 * principal of one of them requests a visit with their own token; a receiver on loopback, which an
 * admin subscribed through the API and which verifies every delivery's Standard Webhooks signature,
 * refuses the first two tries and takes the third.
 */
@OnSharedPortal
class WebhookIT {

  private static final int REFUSALS = 2;

  /** The tries of each delivery (webhook-id) whose signature verified. */
  private final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();

  private final List<Delivery> accepted = new CopyOnWriteArrayList<>();
  private final AtomicInteger badSignatures = new AtomicInteger();
  private final AtomicInteger calls = new AtomicInteger();
  private volatile byte[] key;

  private record Delivery(String id, String body) {}

  @Test
  void aSystemPagesTheSchoolsAPrincipalRequestsAVisitAndTheSignedWebhookArrives() throws Exception {
    ApiClient helsinki = ApiClient.system("helsinki");
    List<JsonNode> schools = helsinki.everyItem("schools", 10);
    assertTrue(schools.size() > 10, "more than a page: " + schools.size());
    ApiClient principal = ApiClient.user("principal");
    long school = ApiClient.json(principal.get("schools")).get("items").get(0).get("id").asLong();
    assertTrue(
        schools.stream().anyMatch(each -> each.get("id").asLong() == school),
        "the principal's school is one of the city's");

    HttpServer receiver =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hook", this::receive);
    receiver.start();
    ApiClient admin = ApiClient.user("admin");
    long subscription = -1;
    try {
      HttpResponse<String> subscribed =
          admin.post(
              "webhooks",
              "{\"url\":\"http://127.0.0.1:"
                  + receiver.getAddress().getPort()
                  + "/hook\",\"eventTypes\":[\"visit.requested\"]}");
      assertEquals(201, subscribed.statusCode(), subscribed.body());
      JsonNode created = ApiClient.json(subscribed);
      subscription = created.get("id").asLong();
      key = Base64.getDecoder().decode(created.get("secret").asText().substring("whsec_".length()));

      long visit = requestAVisit(principal, school);

      Delivery delivery = awaitDeliveryOf(visit);
      JsonNode event = ApiClient.json(delivery.body());
      assertEquals("visit.requested", event.get("type").asText());
      assertTrue(event.get("data").get("link").asText().endsWith("/api/v1/visits/" + visit));
      assertEquals(0, badSignatures.get(), "every signature verified");
      assertEquals(
          REFUSALS + 1, tries.get(delivery.id()).get(), "two refusals, then taken, one webhook-id");

      JsonNode log = ApiClient.json(admin.get("webhooks/" + subscription + "/deliveries")).get(0);
      assertEquals("DELIVERED", log.get("status").asText());
      assertEquals(REFUSALS + 1, log.get("attempts").asInt());
      assertEquals(200, admin.get("webhooks").statusCode());
    } finally {
      if (subscription > 0) {
        assertEquals(204, admin.delete("webhooks/" + subscription).statusCode());
      }
      receiver.stop(0);
    }
  }

  private Delivery awaitDeliveryOf(long visit) throws InterruptedException {
    String marker = "\"visitId\":" + visit;
    for (int waited = 0; waited < 120; waited++) {
      for (Delivery delivery : accepted) {
        if (delivery.body().contains(marker)) {
          return delivery;
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not delivered; calls " + calls + ", tries " + tries);
  }

  private static long requestAVisit(ApiClient principal, long school) {
    long team = ApiClient.json(principal.get("teams")).get(0).get("id").asLong();
    LocalDate today = LocalDate.now(Clock.NETWORK_ZONE);
    HttpResponse<String> created =
        principal.post(
            "visits",
            "{\"schoolId\":"
                + school
                + ",\"teamId\":"
                + team
                + ",\"need\":\"Webhook test\",\"participants\":10,\"preferredFrom\":\""
                + today.plusDays(20)
                + "\",\"preferredUntil\":\""
                + today.plusDays(30)
                + "\",\"goal\":\"Webhook "
                + UUID.randomUUID()
                + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    return ApiClient.json(created).get("id").asLong();
  }

  /**
   * Verifies the signature as a receiver would, refuses each delivery's first tries, then takes it.
   */
  private void receive(HttpExchange exchange) throws IOException {
    calls.incrementAndGet();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String id = exchange.getRequestHeaders().getFirst("webhook-id");
    String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
    String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
    int status;
    if (!verified(id, timestamp, body, signature)) {
      badSignatures.incrementAndGet();
      status = 401;
    } else if (tries.computeIfAbsent(id, any -> new AtomicInteger()).incrementAndGet()
        <= REFUSALS) {
      status = 500;
    } else {
      accepted.add(new Delivery(id, body));
      status = 204;
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  private boolean verified(String id, String timestamp, String body, String signature) {
    if (id == null || timestamp == null || signature == null || key == null) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      String expected =
          "v1,"
              + Base64.getEncoder()
                  .encodeToString(
                      mac.doFinal(
                          (id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
      return MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
