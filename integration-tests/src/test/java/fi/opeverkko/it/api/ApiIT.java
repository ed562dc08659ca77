package fi.opeverkko.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fi.opeverkko.it.OnSharedPortal;
import fi.opeverkko.platform.Clock;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The REST API from outside, as a city's system and a school's principal use it: tokens from
 * Keycloak, paging, ETags, a visit request sent, and every kind of bad input answered with a
 * problem document, never a 500.
 */
@OnSharedPortal
class ApiIT {

  /** RateLimit's default (opeverkko.api.calls-per-minute), which the test server keeps. */
  private static final int CALLS_PER_MINUTE = 300;

  private static final String PROBLEM = "application/problem+json";

  @Test
  void aCitysSystemPagesThroughItsSchoolsWithoutACookieOrCors() {
    ApiClient helsinki = ApiClient.system("helsinki");
    Set<Long> seen = new HashSet<>();
    long total = -1;
    for (int page = 0; total < 0 || seen.size() < total; page++) {
      HttpResponse<String> response =
          helsinki.get("schools?limit=7&page=" + page, "Origin", "https://elsewhere.example");
      assertEquals(200, response.statusCode(), response.body());
      assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "no session");
      assertTrue(
          response.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "CORS closed");
      JsonNode body = ApiClient.json(response);
      total = body.get("total").asLong();
      for (JsonNode school : body.get("items")) {
        assertEquals("HELSINKI", school.get("city").asText());
        assertTrue(seen.add(school.get("id").asLong()), "each school once");
      }
      assertEquals(seen.size() < total, body.get("hasNext").asBoolean());
      assertTrue(page < 100, "paging ends");
    }
    assertTrue(total > 7, "more than a page");
  }

  @Test
  void aSystemReadsItsOwnCityOnlyAndNeverWrites() {
    ApiClient helsinki = ApiClient.system("helsinki");
    assertProblem(helsinki.get("schools?city=ESPOO"), 403);
    assertEquals(200, helsinki.get("plan-standings").statusCode());
    assertEquals(200, helsinki.get("figures").statusCode());
    assertProblem(helsinki.post("visits", "{}"), 403);
  }

  @Test
  void anUnchangedAnswerIsNotSentAgain() {
    ApiClient client = ApiClient.system("helsinki");
    HttpResponse<String> first = client.get("teams");
    String tag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = client.get("teams", "If-None-Match", tag);
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    assertEquals(200, client.get("teams", "If-None-Match", "\"other\"").statusCode());
  }

  @Test
  void withoutATokenOnlyTheBadgeCatalogueAndTheDocumentsPageAreRead() {
    ApiClient anonymous = ApiClient.anonymous();
    HttpResponse<String> badges = anonymous.get("badges");
    assertEquals(200, badges.statusCode(), badges.body());
    assertTrue(ApiClient.json(badges).get(0).get("name").has("fi"));
    assertEquals(401, anonymous.get("schools").statusCode());
    HttpResponse<String> page = anonymous.get("http://localhost:8080/api/openapi.html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("openapi.js"), page.body());
    assertEquals(200, anonymous.get("http://localhost:8080/api/openapi.js").statusCode());
  }

  @Test
  void aPrincipalSendsATrainingRequest() {
    ApiClient principal = ApiClient.user("principal");
    long school = ApiClient.json(principal.get("schools")).get("items").get(0).get("id").asLong();
    long team = ApiClient.json(principal.get("teams")).get(0).get("id").asLong();
    String goal = "API request " + UUID.randomUUID();

    HttpResponse<String> created = principal.post("visits", visit(school, team, goal));

    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    JsonNode visit = ApiClient.json(principal.get(location));
    assertEquals("SUBMITTED", visit.get("status").asText());
    assertEquals(goal, visit.get("goal").asText());
    assertTrue(visit.get("submittedAt").asText().matches(".*T.*[+-]\\d\\d:\\d\\d"), "with offset");
    JsonNode ofSchool = ApiClient.json(principal.get("visits?school=" + school + "&limit=200"));
    assertTrue(ofSchool.get("items").findValuesAsText("goal").contains(goal));
  }

  @Test
  void aRequestWithoutATeamWaitsForOne() {
    ApiClient principal = ApiClient.user("principal");
    long school = ApiClient.json(principal.get("schools")).get("items").get(0).get("id").asLong();
    String goal = "API request without a team " + UUID.randomUUID();

    HttpResponse<String> created =
        principal.post("visits", visit(school, 0, goal).replace("\"teamId\":0,", ""));

    assertEquals(201, created.statusCode(), created.body());
    JsonNode visit = ApiClient.json(principal.get(created.headers().firstValue("Location").get()));
    assertFalse(visit.has("teamId"), "no team yet: " + visit);
    assertEquals(goal, visit.get("goal").asText());
  }

  @Test
  void badInputIsAProblemDocumentInTheCallersLanguage() {
    ApiClient principal = ApiClient.user("principal");
    long school = ApiClient.json(principal.get("schools")).get("items").get(0).get("id").asLong();
    long team = ApiClient.json(principal.get("teams")).get(0).get("id").asLong();
    String valid = visit(school, team, "never sent");

    JsonNode unknownField =
        assertProblem(principal.post("visits", valid.replace("{", "{\"colour\":\"red\",")), 400);
    assertEquals("urn:opeverkko:problem:unreadableBody", unknownField.get("type").asText());
    assertProblem(
        principal.post("visits", valid.replace("\"participants\":25", "\"participants\":\"many\"")),
        400);
    assertProblem(principal.post("visits", "{\"schoolId\": "), 400);
    assertProblem(principal.post("visits", "{\"goal\":\"" + "x".repeat(100_000) + "\"}"), 413);
    JsonNode missingGoal =
        assertProblem(
            principal.post(
                "visits",
                valid.replace("\"goal\":\"never sent\"", "\"goal\":\"\""),
                "Accept-Language",
                "sv-FI, en;q=0.5"),
            400);
    assertEquals("Felaktig begäran", missingGoal.get("title").asText());
    assertEquals("goal", missingGoal.get("errors").get(0).get("field").asText());
    JsonNode window =
        assertProblem(
            principal.post("visits", valid.replace(day(20), day(50)), "Accept-Language", "en"),
            422);
    assertEquals("The preferred dates end before they begin.", window.get("detail").asText());
    assertProblem(principal.get("schools?limit=1000"), 400);
    assertProblem(principal.get("courses?level=HIGHEST"), 400);
    assertProblem(principal.get("visits/999999999"), 404);
  }

  @Test
  void aClientCallingTooOftenIsToldWhenToComeBack() {
    ApiClient vantaa = ApiClient.system("vantaa");
    HttpResponse<String> response = vantaa.get("teams");
    // The window is a calendar minute: if the minute turns during the loop, the calls before the
    // turn do not count, so it may take twice the limit to fill one window.
    for (int call = 0; call < 2 * CALLS_PER_MINUTE + 1 && response.statusCode() != 429; call++) {
      response = vantaa.get("teams");
    }
    assertProblem(response, 429);
    long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 0 && retryAfter <= 60, "within the minute");
  }

  private static JsonNode assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM),
        response.headers().toString());
    JsonNode problem = ApiClient.json(response);
    assertEquals(status, problem.get("status").asInt());
    assertNotNull(problem.get("title"));
    assertFalse(response.body().contains("Exception"), response.body());
    return problem;
  }

  private static String visit(long school, long team, String goal) {
    return "{\"schoolId\":"
        + school
        + ",\"teamId\":"
        + team
        + ",\"need\":\"Digital portfolios in grades 7-9\",\"targetGroup\":\"WHOLE_STAFF\""
        + ",\"participants\":25,\"preferredFrom\":\""
        + day(20)
        + "\",\"preferredUntil\":\""
        + day(40)
        + "\",\"durationMinutes\":90,\"mode\":\"ON_SITE\",\"language\":\"FI\",\"goal\":\""
        + goal
        + "\"}";
  }

  private static String day(int fromToday) {
    return LocalDate.now(Clock.NETWORK_ZONE).plusDays(fromToday).toString();
  }
}
