package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.platform.Clock;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
 * ten statements and an AJAX update at most five (sign-in session and access checks included),
 * counted by the portal itself (the tests' server runs with {@code -Dopeverkko.sql.count=true}). A
 * count, not a time: it does not depend on the machine, and a page that reads row by row breaks it
 * at once.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class SqlBudgetIT {

  private static final int FULL_PAGE_BUDGET = 10;
  private static final int AJAX_UPDATE_BUDGET = 5;

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
          PortalHttp portal = signedIn(login);
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

  /** Each AJAX update's count, and the updates over the budget with what they ran. */
  private final Map<String, Integer> ajaxCounts = new LinkedHashMap<>();

  private final List<String> ajaxOver = new ArrayList<>();

  @Test
  @DisplayName("An AJAX update of a key page runs at most five SQL statements")
  void ajaxUpdatesKeepTheirBudget() {
    PortalHttp leader = signedIn("team-leader");
    HttpResponse<String> inbox = leader.get(PortalHttp.PORTAL + "visits/inbox.xhtml");
    countAjax(
        leader,
        "team-leader: inbox, next week's workload",
        leader.ajax(
            inbox,
            "teamForm",
            "nextWeek",
            "teamForm:nextWeek",
            "teamForm:workload teamForm:week",
            Map.of()),
        "teamForm:workload");
    // The calendars ask for their events once the page has loaded: the inbox its week, the
    // expert's own calendar its month; each visit's school, team and requester in the one query.
    LocalDate today = LocalDate.now(Clock.NETWORK_ZONE);
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    calendarEvents(
        leader,
        "team-leader: inbox, the week's calendar",
        inbox,
        "teamForm",
        monday,
        monday.plusWeeks(1));
    LocalDate firstOfMonth = today.withDayOfMonth(1);
    calendarEvents(
        leader,
        "team-leader: own calendar, the month's visits",
        leader.get(PortalHttp.PORTAL + "visits/calendar.xhtml"),
        "calendarForm",
        firstOfMonth,
        firstOfMonth.plusMonths(1));
    PortalHttp principal = signedIn("principal");
    deferredPanel(
        principal,
        "principal: home, the library panel loaded after the page",
        principal.get(PortalHttp.PORTAL + "home.xhtml"),
        "libraryPanelForm",
        "libraryPanel");
    PortalHttp coordinator = signedIn("coordinator-helsinki");
    HttpResponse<String> directory = coordinator.get(PortalHttp.PORTAL + "network/city.xhtml");
    countAjax(
        coordinator,
        "coordinator: directory search",
        coordinator.ajax(
            directory,
            "schoolsForm",
            "search",
            "schoolsForm",
            "schoolsForm:schools",
            Map.of("schoolsForm:text", "koulu")),
        "schoolsForm:schools");
    deferredPanel(
        coordinator,
        "coordinator: dashboard, the pilots' panel loaded after the page",
        coordinator.get(PortalHttp.PORTAL + "reporting/dashboard.xhtml"),
        "pilotPanelForm",
        "pilotPanel");
    HttpResponse<String> visits = coordinator.get(PortalHttp.PORTAL + "visits/city-visits.xhtml");
    countAjax(
        coordinator,
        "coordinator: city visits search",
        coordinator.ajax(
            visits, "visitsForm", "search", "visitsForm", "visitsForm:visits", Map.of()),
        "visitsForm:visits");
    System.out.println("SQL statements per AJAX update: " + ajaxCounts);
    assertTrue(ajaxOver.isEmpty(), "over " + AJAX_UPDATE_BUDGET + " statements: " + ajaxOver);
  }

  /** A page's calendar ({@code <form>:calendar}) asking for its events between two days. */
  private void calendarEvents(
      PortalHttp portal,
      String name,
      HttpResponse<String> page,
      String formId,
      LocalDate first,
      LocalDate next) {
    String calendar = formId + ":calendar";
    countAjax(
        portal,
        name,
        portal.ajax(
            page, formId, "calendar", calendar, calendar, calendarRange(calendar, first, next)),
        calendar);
  }

  /** The request that fills a deferred panel ({@code p:outputPanel deferred}) of a loaded page. */
  private void deferredPanel(
      PortalHttp portal, String name, HttpResponse<String> page, String formId, String panelId) {
    String panel = formId + ":" + panelId;
    countAjax(
        portal,
        name,
        portal.ajax(page, formId, panelId, panel, panel, Map.of(panel + "_load", "true")),
        panel);
  }

  private void countAjax(
      PortalHttp portal, String name, HttpResponse<String> answer, String renderedId) {
    assertEquals(200, answer.statusCode(), name);
    assertTrue(
        answer.body().contains("<update id=\"" + renderedId + "\"")
            && !answer.body().contains("<error>"),
        name + " answered with its update: " + answer.body());
    int count = statementsOfLastRequest(portal);
    ajaxCounts.put(name, count);
    if (count > AJAX_UPDATE_BUDGET) {
      ajaxOver.add(name + " ran " + count + ":\n" + statementsRun(portal));
    }
  }

  /** What a calendar sends for its events: its first and last instant, as FullCalendar does. */
  private static Map<String, String> calendarRange(
      String calendar, LocalDate first, LocalDate next) {
    return Map.of(
        calendar + "_event", "true",
        calendar + "_start", first.atStartOfDay(Clock.NETWORK_ZONE).toInstant().toString(),
        calendar + "_end", next.atStartOfDay(Clock.NETWORK_ZONE).toInstant().toString());
  }

  private static PortalHttp signedIn(String login) {
    PortalHttp portal = new PortalHttp();
    assertTrue(PortalHttp.isSignedInPage(portal.signIn(login)), login + " signed in");
    return portal;
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
