package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.CalendarPage;
import fi.opeverkko.it.pages.ConfirmDialog;
import fi.opeverkko.it.pages.RequestPage;
import fi.opeverkko.it.pages.VisitPage;
import fi.opeverkko.platform.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;

/**
 * A training visit's request and calendar in the browser: a refused field on the request form, the
 * principal's withdrawal, the calendar while its events load. The whole life across roles is {@link
 * VisitLifeBrowserIT}.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class VisitBrowserIT {

  private static final String TEAM = "Oppimisympäristöt";
  private static final String TOPIC = "Oppimisympäristöt pihalla ja lähiluonnossa";

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
