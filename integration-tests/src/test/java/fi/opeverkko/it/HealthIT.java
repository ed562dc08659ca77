package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Health and metrics as operations read them: on the management interface (9990), without login, in
 * the formats their tools expect (MicroProfile Health's JSON, Prometheus text).
 */
@OnSharedPortal
@RunAsClient
class HealthIT {

  private static final String MANAGEMENT = "http://localhost:9990/";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  @DisplayName("Ready and live while the database and the mail server answer")
  void readyWhileDatabaseAndMailAnswer() throws Exception {
    try (Mailbox mailServer = new Mailbox()) {
      HttpResponse<String> ready = get("health/ready");
      JsonNode health = new ObjectMapper().readTree(ready.body());

      assertAll(
          () -> assertEquals(200, ready.statusCode(), ready.body()),
          () -> assertEquals("UP", check(health, "database").path("status").asText()),
          () -> assertEquals("UP", check(health, "mail").path("status").asText()),
          () -> assertEquals(200, get("health/live").statusCode()));
    }
  }

  @Test
  @DisplayName("Not ready, with the reason, while the mail server does not answer; still live")
  void notReadyWithoutMailServer() throws Exception {
    HttpResponse<String> ready = get("health/ready");
    JsonNode mail = check(new ObjectMapper().readTree(ready.body()), "mail");

    assertAll(
        () -> assertEquals(503, ready.statusCode(), ready.body()),
        () -> assertEquals("DOWN", mail.path("status").asText()),
        () -> assertTrue(mail.path("data").path("server").asText().endsWith(":3025"), ready.body()),
        () -> assertFalse(mail.path("data").path("reason").asText().isBlank(), ready.body()),
        () -> assertEquals(200, get("health/live").statusCode()));
  }

  @Test
  @DisplayName("Metrics in Prometheus text: requests, latency, sessions, the pool, the outbox")
  void metricsNameTheSeries() throws Exception {
    HttpResponse<String> metrics = get("metrics");

    List<String> series =
        List.of(
            "undertow_request_count_total\\{.*name=\"default\".*",
            "undertow_processing_time_seconds_total\\{.*",
            "undertow_max_processing_time_seconds\\{.*",
            "undertow_active_sessions\\{.*deployment=\"opeverkko.ear\".*",
            "datasources_pool_in_use_count\\{.*name=\"OpeverkkoDS\".*",
            "datasources_pool_available_count\\{.*name=\"OpeverkkoDS\".*",
            // A number: the outbox was counted (NaN when its query failed).
            "opeverkko_outbox_queued\\{.*\\} [0-9.E]+");
    assertEquals(200, metrics.statusCode());
    for (String line : series) {
      assertTrue(
          Pattern.compile("^" + line + "$", Pattern.MULTILINE).matcher(metrics.body()).find(),
          "no metric " + line);
    }
  }

  private static JsonNode check(JsonNode health, String name) {
    return StreamSupport.stream(health.path("checks").spliterator(), false)
        .filter(check -> name.equals(check.path("name").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(MANAGEMENT + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
