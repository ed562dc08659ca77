package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;

/**
 * A training visit's whole life across roles, in the browser: the principal requests, the team
 * leader accepts and schedules, the expert sees it in their calendar, it is delivered, the
 * principal gives feedback, the leader closes it and the principal sees it closed.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class VisitBrowserIT {

  private static final Logger LOG = Logger.getLogger(VisitBrowserIT.class.getName());
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  private static HttpResponse<String> fetch(String url) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void step(Browser browser, String buttonId, String expectedStatus) {
    browser.clickAndWait(By.id(buttonId));
    browser.waitUntil(d -> d.findElement(By.id("status")).getText().contains(expectedStatus));
  }

  @Test
  @DisplayName("Principal requests, leader accepts and schedules, expert sees it, feedback, closed")
  void wholeFlowAcrossRoles() {
    String goal = "Pihapedagogiikka " + System.currentTimeMillis() % 100_000;
    String visitUrl;
    try (Browser principal = new Browser()) {
      principal.signIn(PortalHttp.PORTAL, "principal");
      principal.driver().findElement(By.id("nav-visits")).click();
      principal.waitFor(By.id("newRequest")).click();

      long started = System.nanoTime();
      principal.choose("requestForm:team", "Oppimisympäristöt");
      principal.choose("requestForm:topic", "Oppimisympäristöt pihalla ja lähiluonnossa");
      principal.type("requestForm:participants_input", "24");
      // Typed as a user would: the calendar no longer opens on focus to race with the keys.
      principal.type("requestForm:preferredFrom_input", LocalDate.now().plusWeeks(2).format(DATE));
      principal.type("requestForm:preferredUntil_input", LocalDate.now().plusWeeks(6).format(DATE));
      principal.type("requestForm:goal", goal);
      principal.driver().findElement(By.id("requestForm:send")).click();
      principal.waitUntil(d -> d.findElement(By.id("status")).getText().contains("Lähetetty"));
      LOG.info(
          () ->
              "A request took 6 fields and 8 clicks, "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms of browser time");
      assertTrue(
          principal.text(By.cssSelector(".ui-messages-info")).contains("Pyyntö lähetettiin"));
      visitUrl = principal.driver().getCurrentUrl();
    }

    // Delivered visits lie in the past: yesterday, unless that is last month (the calendar
    // opens on this month), then early today.
    LocalDate yesterday = LocalDate.now().minusDays(1);
    LocalDateTime start =
        yesterday.getMonth() == LocalDate.now().getMonth()
            ? yesterday.atTime(9, 0)
            : LocalDate.now().atTime(0, 5);
    try (Browser leader = new Browser()) {
      leader.signIn(PortalHttp.PORTAL, "team-leader");
      leader.open(visitUrl);
      step(leader, "visitForm:accept", "Hyväksytty");
      leader.type("visitForm:day_input", start.format(DATE));
      leader.type("visitForm:startTime", start.format(DateTimeFormatter.ofPattern("HH:mm")));
      leader.type(
          "visitForm:endTime", start.plusMinutes(90).format(DateTimeFormatter.ofPattern("H.mm")));
      WebElement expert =
          leader.waitFor(
              By.xpath("//label[starts-with(normalize-space(.), 'Elina Asiantuntija')]"));
      expert.click();
      step(leader, "visitForm:schedule", "Aikataulutettu");
      assertTrue(leader.text(By.id("experts")).contains("Elina Asiantuntija"));

      // The team's calendar feed, as a calendar app fetches it: no login, the address is the key.
      leader.driver().findElement(By.id("nav-team-visits")).click();
      leader.clickAndWait(By.id("teamForm:showFeed"));
      String feedUrl = leader.text(By.id("feedUrl"));
      HttpResponse<String> feed = fetch(feedUrl);
      assertEquals(200, feed.statusCode());
      assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
      String visitId = visitUrl.substring(visitUrl.indexOf("id=") + 3);
      assertTrue(feed.body().contains("UID:visit-" + visitId + "@opeverkko"), feed.body());
      assertEquals(
          404,
          fetch(feedUrl.replaceAll("/feeds/.*", "/feeds/not-a-real-token-at-all.ics"))
              .statusCode());
    }

    try (Browser expert = new Browser()) {
      expert.signIn(PortalHttp.PORTAL, "expert");
      expert.driver().findElement(By.id("nav-calendar")).click();
      expert.waitUntil(
          d ->
              d.findElement(By.id("calendarForm:calendar"))
                  .getText()
                  .contains("Kallion peruskoulu"));
    }

    try (Browser leader = new Browser()) {
      leader.signIn(PortalHttp.PORTAL, "team-leader");
      leader.open(visitUrl);
      step(leader, "visitForm:deliver", "Toteutettu");
    }

    try (Browser principal = new Browser()) {
      principal.signIn(PortalHttp.PORTAL, "principal");
      principal.open(visitUrl);
      principal.waitFor(By.cssSelector("label[for='visitForm:rating:3']")).click();
      principal.type("visitForm:comment", "Hyvä käynti.");
      principal.clickAndWait(By.id("visitForm:sendFeedback"));
      principal.waitUntil(d -> d.findElement(By.id("feedback-average")).getText().contains("4"));
    }

    try (Browser leader = new Browser()) {
      leader.signIn(PortalHttp.PORTAL, "team-leader");
      leader.open(visitUrl);
      step(leader, "visitForm:close", "Päätetty");
      // Five steps and the principal's feedback.
      assertEquals(
          6,
          leader.driver().findElements(By.cssSelector("[id='visitForm:history'] tbody tr")).size());
    }

    try (Browser principal = new Browser()) {
      principal.signIn(PortalHttp.PORTAL, "principal");
      principal.driver().findElement(By.id("nav-visits")).click();
      String row =
          principal
              .waitFor(
                  By.xpath("//table//tr[td[contains(., 'pihalla')]][td[contains(., 'Päätetty')]]"))
              .getText();
      assertTrue(row.contains("Päätetty"), row);
    }
  }

  @Test
  @DisplayName(
      "600 participants are refused with a message naming the field, not saved as 500;"
          + " the principal's cancel dialog says it withdraws the request")
  void refusedFieldsAndWithdrawal() {
    try (Browser principal = new Browser()) {
      principal.signIn(PortalHttp.PORTAL, "principal");
      principal.open(PortalHttp.PORTAL + "visits/request.xhtml");
      principal.choose("requestForm:team", "Oppimisympäristöt");
      principal.choose("requestForm:topic", "Oppimisympäristöt pihalla ja lähiluonnossa");
      principal.type("requestForm:participants_input", "600");
      principal.type("requestForm:preferredFrom_input", LocalDate.now().plusWeeks(2).format(DATE));
      principal.type("requestForm:preferredUntil_input", LocalDate.now().plusWeeks(6).format(DATE));
      principal.type("requestForm:goal", "Rajat " + System.currentTimeMillis() % 100_000);
      principal.clickAndWait(By.id("requestForm:send"));
      String messages = principal.text(By.id("requestForm:messages"));
      assertTrue(messages.contains("Osallistujia: 1–500 osallistujaa."), messages);
      String participants =
          principal.waitFor(By.id("requestForm:participants_input")).getAttribute("value");
      assertTrue(participants.startsWith("600"), "not moved to 500: " + participants);

      principal.replaceNumber("requestForm:participants_input", "24");
      principal.driver().findElement(By.id("requestForm:send")).click();
      principal.waitUntil(d -> d.findElement(By.id("status")).getText().contains("Lähetetty"));
      principal.waitFor(By.id("visitForm:cancel")).click();
      assertEquals(
          "Peru pyyntö", principal.text(By.cssSelector(".ui-confirm-dialog .ui-dialog-title")));
      principal.waitFor(By.cssSelector(".ui-confirmdialog-no")).click();
    }
  }

  @Test
  @DisplayName(
      "A calendar says it is fetching the events, never that there are none, until they come")
  void calendarSaysItIsLoading() {
    try (Browser expert = new Browser()) {
      expert.signIn(PortalHttp.PORTAL, "expert");
      // A slow line, so that the events' fetch is still under way when the page is there.
      ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
      slow.setLatency(Duration.ofSeconds(3));
      ((HasNetworkConditions) expert.driver()).setNetworkConditions(slow);
      expert.open(PortalHttp.PORTAL + "visits/calendar.xhtml");
      WebElement notice =
          expert.waitFor(By.cssSelector("[data-loading-for='calendarForm:calendar']"));
      assertTrue(notice.getText().contains("Tapahtumia haetaan"), notice.getText());
      assertTrue(
          expert.driver().findElements(By.cssSelector(".fc-list-empty")).stream()
              .noneMatch(WebElement::isDisplayed),
          "no 'no events' while they are on their way");
      expert.waitUntil(d -> !notice.isDisplayed());
      ((HasNetworkConditions) expert.driver()).deleteNetworkConditions();
    }
  }
}
