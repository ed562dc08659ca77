package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.CalendarPage;
import fi.opeverkko.it.pages.Menu;
import fi.opeverkko.it.pages.RequestPage;
import fi.opeverkko.it.pages.VisitPage;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * From a need to the right expert in the browser: a requester types the need, picks a found topic
 * by keyboard (the team follows) and sends; the leader opens the request and books the first
 * proposal in one click; the expert proposed sees the visit in their calendar. The principal, the
 * day-care manager and the tutor each request for their own unit this way.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class RoutingBrowserIT {

  /** "lähiluonto" is the need as typed: the topic says "lähiluonnossa". */
  private static final String NEED = "lähiluonto";

  private static final String TOPIC = "Oppimisympäristöt pihalla ja lähiluonnossa";
  private static final String TEAM = "Oppimisympäristöt";

  /** The demo members who give the outdoor topic, each with a login. */
  private static final String EXPERT = "Elina Asiantuntija";

  private static final String LEADER = "Tommi Tiittala";

  @Test
  @DisplayName("Principal finds a topic from a need and sends; leader books the first proposal")
  void fromNeedToBookedExpert() {
    long visit = requestFromNeed("principal", "Pihapedagogiikka");
    String expert;
    LocalDate day;
    try (Browser leader = Browser.signedIn("team-leader")) {
      VisitPage page = VisitPage.open(leader, visit);
      String proposals = page.proposals();
      assertTrue(proposals.contains(EXPERT) || proposals.contains(LEADER), proposals);
      expert = page.firstProposalExperts();
      page.takeFirstProposal().awaitStatus("Aikataulutettu");
      assertTrue(page.info().contains("Ajankohta tallennettiin"), page.info());
      day = page.scheduledDay();
    }
    String expertLogin = expert.contains(EXPERT) ? "expert" : "team-leader";
    try (Browser proposed = Browser.signedIn(expertLogin)) {
      CalendarPage calendar = Menu.of(proposed).calendar();
      if (day.getMonth() != LocalDate.now().getMonth()) {
        calendar.nextMonth();
      }
      calendar.events().awaitContaining("Kallion peruskoulu");
    }
    try (Browser leader = Browser.signedIn("team-leader")) {
      // Frees the experts' time again for the other tests of the shared demo data.
      VisitPage.open(leader, visit).cancel("Reitityksen testi").awaitStatus("Peruttu");
    }
  }

  @Test
  @DisplayName("The day-care manager and the tutor request from a need for their own unit")
  void everyRequesterStartsFromTheNeed() {
    for (String login : new String[] {"daycare-manager", "tutor"}) {
      long visit = requestFromNeed(login, "Metsäretki " + login);
      try (Browser requester = Browser.signedIn(login)) {
        VisitPage.open(requester, visit).cancel("Reitityksen testi").awaitStatus("Peruttu");
      }
    }
  }

  /** The requester's need, a found topic chosen by keyboard, the request sent; its id. */
  private static long requestFromNeed(String login, String goal) {
    try (Browser requester = Browser.signedIn(login)) {
      RequestPage form = RequestPage.open(requester).searchNeed(NEED);
      assertTrue(form.found().contains(TOPIC), form.found());
      form.chooseFound(TOPIC);
      assertTrue(form.team().contains(TEAM), "the topic fixes the team: " + form.team());
      VisitPage visit =
          form.participants(20)
              .preferredFrom(LocalDate.now().plusDays(1))
              .preferredUntil(LocalDate.now().plusDays(12))
              .goal(goal + " " + System.currentTimeMillis() % 100_000)
              .send()
              .awaitStatus("Lähetetty");
      return visit.id();
    }
  }
}
