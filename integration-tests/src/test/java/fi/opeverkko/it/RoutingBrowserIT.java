package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.CalendarPage;
import fi.opeverkko.it.pages.InboxPage;
import fi.opeverkko.it.pages.Menu;
import fi.opeverkko.it.pages.RequestPage;
import fi.opeverkko.it.pages.TeamPage;
import fi.opeverkko.it.pages.TriagePage;
import fi.opeverkko.it.pages.VisitPage;
import fi.opeverkko.platform.Clock;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.Keys;

/**
 * From a need to the right expert in the browser: a requester types the need, picks a found topic
 * by keyboard (the team follows) and sends; the leader opens the request and books the first
 * proposal in one click; the expert proposed sees the visit in their calendar. The principal, the
 * day-care manager and the tutor each request for their own unit this way. A need sent to no team
 * waits in the leaders' triage list until a leader takes it into their team's inbox. The leader
 * chooses by keyboard which topics each expert gives.
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
      if (day.getMonth() != LocalDate.now(Clock.NETWORK_ZONE).getMonth()) {
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

  @Test
  @DisplayName(
      "A need without a team waits for one; a leader takes it from the list into the inbox")
  void needWithoutTeamTakenFromTheTriageList() {
    String need = "Välituntien leikit ja liikunta " + System.currentTimeMillis() % 100_000;
    long visit;
    try (Browser principal = Browser.signedIn("principal")) {
      visit =
          RequestPage.open(principal)
              .need(need)
              .participants(12)
              .preferredFrom(LocalDate.now(Clock.NETWORK_ZONE).plusDays(7))
              .preferredUntil(LocalDate.now(Clock.NETWORK_ZONE).plusDays(30))
              .goal("Jokainen oppilas liikkuu välitunnilla.")
              .send()
              .awaitStatus("Lähetetty, odottaa tiimiä")
              .id();
    }
    try (Browser leader = Browser.signedIn("team-leader")) {
      TriagePage triage = Menu.of(leader).triage();
      assertTrue(triage.waiting().contains(need), triage.waiting());
      triage.choose(need).team(TEAM).take();
      assertTrue(triage.info().contains("Pyyntö on nyt tiimin saapuneissa"), triage.info());
      assertFalse(triage.waiting().contains(need), "no longer waiting: " + triage.waiting());
      InboxPage inbox = Menu.of(leader).teamVisits();
      assertTrue(inbox.requests().contains(need), inbox.requests());
      VisitPage.open(leader, visit).awaitStatus("Lähetetty").cancel("Reitityksen testi");
    }
  }

  @Test
  @DisplayName("The leader ticks the topic an expert gives by keyboard and saves it")
  void leaderChoosesAnExpertsTopicsByKeyboard() {
    String expert = "Mikko Mäkelä";
    try (Browser leader = Browser.signedIn("team-leader")) {
      TeamPage team = Menu.of(leader).teams().openTeam(TEAM);
      assertFalse(team.gives(expert, TOPIC), "the demo's indoor expert does not go outdoors");
      Keyboard keys = new Keyboard(leader);
      try {
        toggleAndSave(team, keys, expert);
        assertTrue(team.info().contains("Asiantuntijan aiheet tallennettiin"), team.info());
        assertTrue(Menu.of(leader).teams().openTeam(TEAM).gives(expert, TOPIC), "kept");
      } finally {
        // Puts the demo data back: the outdoor topic's proposals name the experts with a login.
        TeamPage again = Menu.of(leader).teams().openTeam(TEAM);
        if (again.gives(expert, TOPIC)) {
          toggleAndSave(again, keys, expert);
        }
      }
      assertFalse(Menu.of(leader).teams().openTeam(TEAM).gives(expert, TOPIC));
    }
  }

  /** Space on the expert's checkbox of the outdoor topic, Enter on their save button. */
  private static void toggleAndSave(TeamPage team, Keyboard keys, String expert) {
    keys.tabTo(team.topicCheckbox(expert, TOPIC));
    keys.press(Keys.SPACE);
    keys.tabTo(team.saveTopicsButton(expert));
    keys.press(Keys.ENTER);
    team.awaitFocusOnMessages();
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
              .preferredFrom(LocalDate.now(Clock.NETWORK_ZONE).plusDays(1))
              .preferredUntil(LocalDate.now(Clock.NETWORK_ZONE).plusDays(12))
              .goal(goal + " " + System.currentTimeMillis() % 100_000)
              .send()
              .awaitStatus("Lähetetty");
      return visit.id();
    }
  }
}
