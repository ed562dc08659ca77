package fi.opeverkko.it;

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
 * Issue 18's budget of SQL statements: a key page, viewed a second time by its role, runs at most
 * ten statements (sign-in session and access checks included), counted by the portal itself (the
 * tests' server runs with {@code -Dopeverkko.sql.count=true}). A count, not a time: it does not
 * depend on the machine, and a page that reads row by row breaks it at once.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class SqlBudgetIT {

  private static final int FULL_PAGE_BUDGET = 10;

  private static final Map<String, List<String>> KEY_PAGES = new LinkedHashMap<>();

  static {
    KEY_PAGES.put(
        "principal", List.of("home.xhtml", "visits/school-visits.xhtml", "visits/request.xhtml"));
    KEY_PAGES.put("team-leader", List.of("visits/inbox.xhtml", "visits/calendar.xhtml"));
    KEY_PAGES.put("tutor", List.of("plans/log.xhtml"));
    KEY_PAGES.put(
        "coordinator-helsinki",
        List.of(
            "network/city.xhtml",
            "plans/city-plans.xhtml",
            "visits/city-visits.xhtml",
            "reporting/dashboard.xhtml"));
  }

  @Test
  @DisplayName("Every key page runs at most ten SQL statements per view")
  void keyPagesKeepTheirBudget() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<String> over = new ArrayList<>();
    KEY_PAGES.forEach(
        (login, pages) -> {
          PortalHttp portal = new PortalHttp();
          assertTrue(PortalHttp.isSignedInPage(portal.signIn(login)), login + " signed in");
          for (String page : pages) {
            HttpResponse<String> first = portal.get(PortalHttp.PORTAL + page);
            assertEquals(200, first.statusCode(), login + " opens " + page);
            portal.get(PortalHttp.PORTAL + page);
            int count = statementsOfLastRequest(portal);
            counts.put(login + ": " + page, count);
            if (count > FULL_PAGE_BUDGET) {
              over.add(login + ": " + page + " ran " + count + ":\n" + statementsRun(portal));
            }
          }
        });
    System.out.println("SQL statements per page view: " + counts);
    assertTrue(over.isEmpty(), "over " + FULL_PAGE_BUDGET + " statements: " + over);
  }

  private static String statementsRun(PortalHttp portal) {
    return portal.get(PortalHttp.PORTAL + "sql-statements?list").body();
  }

  private static int statementsOfLastRequest(PortalHttp portal) {
    HttpResponse<String> answer = portal.get(PortalHttp.PORTAL + "sql-statements");
    assertEquals(
        200, answer.statusCode(), "the tests' server counts statements (-Dopeverkko.sql.count)");
    return Integer.parseInt(answer.body().trim());
  }
}
