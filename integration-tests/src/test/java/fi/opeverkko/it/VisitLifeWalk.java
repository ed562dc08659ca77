package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.Menu;
import fi.opeverkko.it.pages.RequestPage;
import fi.opeverkko.it.pages.VisitPage;
import fi.opeverkko.platform.Clock;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/**
 * {@link VisitLifeBrowserIT}'s walk, in the browsers of the principal, the team leader and the
 * expert: up to the booking, then (once the visit's day has come and gone) from the delivery to the
 * visit closed. Out of the test class, so that the container never loads Selenium's classes.
 */
final class VisitLifeWalk {

  private static final Logger LOG = Logger.getLogger(VisitLifeWalk.class.getName());
  private static final String TEAM = "Oppimisympäristöt";
  private static final String TOPIC = "Oppimisympäristöt pihalla ja lähiluonnossa";
  private static final String EXPERT = "Elina Asiantuntija";
  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  /** The visit walked, between the two halves (both run in the test's own JVM). */
  private static long visit;

  private VisitLifeWalk() {}

  /**
   * The principal requests; the leader accepts, is refused yesterday as the day of the visit with
   * the reason on the page, and books a day ahead; the visit is in the team's calendar feed.
   */
  static void requestedAndBooked() {
    visit = principalRequests(VisitLifeBrowserIT.GOAL + System.currentTimeMillis() % 100_000);
    LocalDate today = LocalDate.now(Clock.NETWORK_ZONE);
    try (Browser leader = Browser.signedIn("team-leader")) {
      VisitPage page = VisitPage.open(leader, visit).accept().awaitStatus("Hyväksytty");
      fillIn(page, today.minusDays(1).atTime(7, 0)).schedule();
      String refusal = page.error();
      assertTrue(refusal.contains("Käyntiä ei voi sopia jo menneeseen aikaan"), refusal);
      page.awaitStatus("Hyväksytty");

      // Early in the morning: no other test books the experts then.
      page.day(today.plusDays(1)).schedule().awaitStatus("Aikataulutettu");
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

  /**
   * The expert finds the visit, now past, in their calendar; the leader marks it delivered, the
   * principal gives feedback, the leader closes it and the principal sees it closed.
   */
  static void deliveredAndClosed() {
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
      VisitPage sent =
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
      assertTrue(sent.info().contains("Pyyntö lähetettiin"));
      return sent.id();
    }
  }

  /** The schedule's day, an hour and a half from its start, and the expert. */
  private static VisitPage fillIn(VisitPage page, LocalDateTime start) {
    return page.day(start.toLocalDate())
        .startTime(start.format(HOURS))
        .endTime(start.plusMinutes(90).format(DateTimeFormatter.ofPattern("H.mm")))
        .chooseExpert(EXPERT);
  }
}
