package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Addresses the portal's own links never make, as a curious or careless user types them: every page
 * that takes a parameter answers a bad one with 400 or an unknown object with 404, never with 500,
 * and its error page carries the same security headers as every other page.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class BadAddressIT {

  private static final String HUGE_NUMBER = "9".repeat(5_000);

  /** Page address (relative to the portal) to the status it must answer, for an admin. */
  private static Map<String, Integer> probes() {
    Map<String, Integer> probes = new LinkedHashMap<>();
    for (String idPage :
        List.of(
            "visits/visit.xhtml",
            "network/team.xhtml",
            "visits/inbox.xhtml",
            "network/person.xhtml",
            "network/school.xhtml",
            "network/school-edit.xhtml")) {
      probes.put(idPage + "?id=1'", 400);
      probes.put(idPage + "?id=" + HUGE_NUMBER, 400);
      probes.put(idPage + "?id=abc", 400);
    }
    probes.put("visits/visit.xhtml?id=99999999", 404);
    probes.put("network/team.xhtml?id=99999999", 404);
    probes.put("network/person.xhtml?id=99999999", 404);
    probes.put("network/school.xhtml?id=99999999", 404);
    probes.put("network/school-edit.xhtml?id=99999999", 404);
    probes.put("plans/plan.xhtml?school=1'", 400);
    probes.put("plans/plan.xhtml?school=" + HUGE_NUMBER, 400);
    probes.put("plans/plan.xhtml?school=99999999", 404);
    probes.put("plans/plan.xhtml?school=1&year=abc", 400);
    probes.put("plans/plan.xhtml?school=1&year=99999", 404);
    probes.put("plans/print.xhtml?school=1&year=abc", 400);
    probes.put("plans/print.xhtml?school=1&version=x", 400);
    probes.put("plans/print.xhtml?school=1&version=999", 404);
    probes.put("network/school.xhtml?id=1&year=abc", 400);
    probes.put("network/coverage.xhtml?year=abc", 400);
    probes.put("network/tutor-proposals.xhtml?year=abc", 400);
    probes.putAll(dashboardProbes());
    return probes;
  }

  /**
   * The dashboard's year: one that is no number is 400; one no school year has, or one the portal
   * has no figures for (before its second year, beyond the network's dates), is 404.
   */
  private static Map<String, Integer> dashboardProbes() {
    Map<String, Integer> probes = new LinkedHashMap<>();
    probes.put("reporting/dashboard.xhtml?year=abc&by=CITY", 400);
    probes.put("reporting/dashboard.xhtml?year=" + HUGE_NUMBER + "&by=CITY", 400);
    for (String year : List.of("-1", "0", "1999", "2000", "2100", "99999")) {
      probes.put("reporting/dashboard.xhtml?year=" + year + "&by=CITY", 404);
    }
    return probes;
  }

  @Test
  @DisplayName("Bad ids and parameters answer 400 or 404 with the security headers, never 500")
  void badAddressesAnswer400Or404() {
    PortalHttp admin = new PortalHttp();
    admin.signIn("admin");
    List<String> wrong = new ArrayList<>();
    probes()
        .forEach(
            (path, expected) -> {
              HttpResponse<String> response = admin.get(PortalHttp.PORTAL + path);
              if (response.statusCode() != expected) {
                wrong.add(shortened(path) + " answered " + response.statusCode());
              } else {
                assertSecurityHeaders(response);
              }
            });
    assertEquals(List.of(), wrong);
  }

  @Test
  @DisplayName("A coordinator's dashboard of a year without figures answers 404, not 500")
  void dashboardOfNoYearIs404() {
    PortalHttp coordinator = new PortalHttp();
    coordinator.signIn("coordinator-helsinki");
    List<String> wrong = new ArrayList<>();
    dashboardProbes()
        .forEach(
            (path, expected) -> {
              HttpResponse<String> response = coordinator.get(PortalHttp.PORTAL + path);
              if (response.statusCode() != expected) {
                wrong.add(shortened(path) + " answered " + response.statusCode());
              }
            });
    assertEquals(List.of(), wrong);
    HttpResponse<String> current =
        coordinator.get(PortalHttp.PORTAL + "reporting/dashboard.xhtml?by=CITY");
    assertEquals(200, current.statusCode(), "this year's dashboard is still there");
  }

  @Test
  @DisplayName("An unknown city is refused or shows nothing, never a 500")
  void unknownCitiesAreRefused() {
    PortalHttp admin = new PortalHttp();
    admin.signIn("admin");
    List<String> failed = new ArrayList<>();
    for (String page :
        List.of(
            "network/city.xhtml",
            "network/people.xhtml",
            "network/coverage.xhtml",
            "network/import.xhtml",
            "network/person.xhtml",
            "network/school-edit.xhtml",
            "visits/city-visits.xhtml",
            "plans/city-plans.xhtml")) {
      HttpResponse<String> response = admin.get(PortalHttp.PORTAL + page + "?city=ATLANTIS'");
      if (response.statusCode() >= 500) {
        failed.add(page + " answered " + response.statusCode());
      } else {
        assertSecurityHeaders(response);
      }
    }
    assertEquals(List.of(), failed);
  }

  @Test
  @DisplayName("A postback without PrimeFaces' script nonce answers 400 with the security headers")
  void postbackWithoutNonceIs400() {
    PortalHttp client = new PortalHttp();
    HttpResponse<String> home = client.signIn("principal");
    HttpResponse<String> posted =
        client.post(
            PortalHttp.PORTAL + "home.xhtml",
            Map.of("jakarta.faces.ViewState", PortalHttp.viewStateOf(home)));
    assertEquals(400, posted.statusCode());
    assertSecurityHeaders(posted);
    assertTrue(PortalHttp.isSignedInPage(client.get(PortalHttp.PORTAL + "home.xhtml")));
  }

  static void assertSecurityHeaders(HttpResponse<String> response) {
    String csp = String.join("; ", response.headers().allValues("Content-Security-Policy"));
    assertAll(
        shortened(response.uri().toString()) + " " + response.statusCode(),
        () -> assertTrue(csp.contains("frame-ancestors 'none'"), csp),
        () -> assertTrue(csp.contains("object-src 'none'"), csp),
        () ->
            assertEquals(
                "nosniff", response.headers().firstValue("X-Content-Type-Options").orElse("")),
        () ->
            assertEquals(
                "same-origin", response.headers().firstValue("Referrer-Policy").orElse("")),
        () -> assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse("")));
  }

  private static String shortened(String path) {
    return path.length() > 120 ? path.substring(0, 120) + "…" : path;
  }
}
