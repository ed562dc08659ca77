package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.CalendarPage;
import fi.opeverkko.it.pages.ConfirmDialog;
import fi.opeverkko.it.pages.Menu;
import fi.opeverkko.it.pages.RequestPage;
import fi.opeverkko.it.pages.VisitPage;
import fi.opeverkko.platform.Clock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;

/**
 * A training visit's whole life across roles, in the browser: the principal requests, the team
 * leader accepts and schedules, the expert sees it in their calendar, it is delivered, the
 * principal gives feedback, the leader closes it and the principal sees it closed.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class VisitBrowserIT {

  private static final Logger LOG = Logger.getLogger(VisitBrowserIT.class.getName());
  private static final String TEAM = "Oppimisympäristöt";
  private static final String TOPIC = "Oppimisympäristöt pihalla ja lähiluonnossa";
  private static final String EXPERT = "Elina Asiantuntija";

  @Test
  @DisplayName("Principal requests, leader accepts and schedules, expert sees it, feedback, closed")
  void wholeFlowAcrossRoles() {
    long visit = principalRequests("Pihapedagogiikka " + System.currentTimeMillis() % 100_000);
    leaderAcceptsAndSchedules(visit, deliveredVisitStart());

    try (Browser expert = Browser.signedIn("expert")) {
      Menu.of(expert).calendar().events().awaitContaining("Kallion peruskoulu");
    }
    try (Browser leader = Browser.signedIn("team-leader")) {
      VisitPage.open(leader, visit).deliver().awaitStatus("Toteutettu");
    }
    try (Browser principal = Browser.signedIn("principal")) {
      VisitPage.open(principal, visit)
          .giveFeedback(4, "Hyvä käynti.")
          .feedbackSummary()
          .awaitContaining("4");
    }
    try (Browser leader = Browser.signedIn("team-leader")) {
      VisitPage closed = VisitPage.open(leader, visit).close().awaitStatus("Päätetty");
      assertEquals(6, closed.historyLines(), "five steps and the principal's feedback");
    }
    try (Browser principal = Browser.signedIn("principal")) {
      String row = Menu.of(principal).schoolVisits().visitRow("pihalla", "Päätetty");
      assertTrue(row.contains("Päätetty"), row);
    }
  }

  /** The principal sends a request from the school's visits; returns the visit's id. */
  private static long principalRequests(String goal) {
    try (Browser principal = Browser.signedIn("principal")) {
      RequestPage form = Menu.of(principal).schoolVisits().newRequest();
      long started = System.nanoTime();
      VisitPage visit =
          form.chooseTeam(TEAM)
              .chooseTopic(TOPIC)
              .participants(24)
              .preferredFrom(LocalDate.now(Clock.NETWORK_ZONE).plusWeeks(2))
              .preferredUntil(LocalDate.now(Clock.NETWORK_ZONE).plusWeeks(6))
              .goal(goal)
              .send()
              .awaitStatus("Lähetetty");
      LOG.info(
          () ->
              "A request took 6 fields and 8 clicks, "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms of browser time");
      assertTrue(visit.info().contains("Pyyntö lähetettiin"));
      return visit.id();
    }
  }

  /**
   * Delivered visits lie in the past: yesterday, unless that is last month (the calendar opens on
   * this month), then early today.
   */
  private static LocalDateTime deliveredVisitStart() {
    LocalDate yesterday = LocalDate.now(Clock.NETWORK_ZONE).minusDays(1);
    return yesterday.getMonth() == LocalDate.now(Clock.NETWORK_ZONE).getMonth()
        ? yesterday.atTime(9, 0)
        : LocalDate.now(Clock.NETWORK_ZONE).atTime(0, 5);
  }

  /** The leader accepts and schedules the visit, then finds it in the team's calendar feed. */
  private static void leaderAcceptsAndSchedules(long visit, LocalDateTime start) {
    try (Browser leader = Browser.signedIn("team-leader")) {
      VisitPage page = VisitPage.open(leader, visit).accept().awaitStatus("Hyväksytty");
      page.day(start.toLocalDate())
          .startTime(start.format(DateTimeFormatter.ofPattern("HH:mm")))
          .endTime(start.plusMinutes(90).format(DateTimeFormatter.ofPattern("H.mm")))
          .chooseExpert(EXPERT)
          .schedule()
          .awaitStatus("Aikataulutettu");
      assertTrue(page.experts().contains(EXPERT));

      // The team's calendar feed, as a calendar app fetches it: no login, the address is the key.
      String feedUrl = Menu.of(leader).teamVisits().showFeed().feedUrl();
      HttpResponse<String> feed = new PortalHttp().get(feedUrl);
      assertEquals(200, feed.statusCode());
      assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
      assertTrue(feed.body().contains("UID:visit-" + visit + "@opeverkko"), feed.body());
      String guessed = feedUrl.replaceAll("/feeds/.*", "/feeds/not-a-real-token-at-all.ics");
      assertEquals(404, new PortalHttp().get(guessed).statusCode());
    }
  }

  @Test
  @DisplayName(
      "600 participants are refused with a message naming the field, not saved as 500;"
          + " the principal's cancel dialog says it withdraws the request, and so does the"
          + " refusal of a withdrawal without a reason")
  void refusedFieldsAndWithdrawal() {
    try (Browser principal = Browser.signedIn("principal")) {
      RequestPage form =
          RequestPage.open(principal)
              .chooseTeam(TEAM)
              .chooseTopic(TOPIC)
              .participants(600)
              .preferredFrom(LocalDate.now(Clock.NETWORK_ZONE).plusWeeks(2))
              .preferredUntil(LocalDate.now(Clock.NETWORK_ZONE).plusWeeks(6))
              .goal("Rajat " + System.currentTimeMillis() % 100_000)
              .trySend();
      String messages = form.messages();
      assertTrue(messages.contains("Osallistujia: 1–500 osallistujaa."), messages);
      String participants = form.participantsShown();
      assertTrue(participants.startsWith("600"), "not moved to 500: " + participants);

      VisitPage sent = form.correctParticipants(24).send().awaitStatus("Lähetetty");
      ConfirmDialog withdrawal = sent.withdraw();
      assertEquals("Peru pyyntö", withdrawal.title());
      withdrawal.no();

      // Withdrawn without a reason: the refusal names the button as the school sees it.
      sent.withdraw().yes();
      principal.waitForAjax();
      String refusal = sent.error();
      assertTrue(refusal.contains("(Peru pyyntö)"), refusal);
    }
  }

  @Test
  @DisplayName(
      "A calendar says it is fetching the events, never that there are none, until they come")
  void calendarSaysItIsLoading() {
    try (Browser expert = Browser.signedIn("expert")) {
      // A slow line, so that the events' fetch is still under way when the page is there.
      ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
      slow.setLatency(Duration.ofSeconds(3));
      ((HasNetworkConditions) expert.driver()).setNetworkConditions(slow);
      CalendarPage calendar = CalendarPage.open(expert);
      WebElement notice = calendar.loadingNotice();
      assertTrue(notice.getText().contains("Tapahtumia haetaan"), notice.getText());
      assertFalse(calendar.saysNoEvents(), "no 'no events' while they are on their way");
      expert.waitUntil(d -> !notice.isDisplayed());
      ((HasNetworkConditions) expert.driver()).deleteNetworkConditions();
    }
  }
}
