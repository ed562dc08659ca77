package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.platform.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The walk in the browser, by keyboard where a user would type: Kallion peruskoulu (no
 * project in the demo data) writes its pilot project, the city's coordinator accepts it and opens
 * the spring round (unless a test opened it already), the school answers it and publishes an
 * outcome in the library, where a teacher of another school finds it by search.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class PilotBrowserIT {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
  private static final String FORM = "projectForm:";

  @Test
  @DisplayName(
      "A school writes its project, the coordinator accepts it, the spring round is answered")
  void writeAcceptAnswer() {
    principalWritesAndSubmits();
    coordinatorAcceptsAndOpensTheSpringRound();
    principalAnswersTheSpringRound();
    try (Browser coordinator = Browser.signedIn("coordinator-helsinki")) {
      coordinator.waitFor(By.id("nav-pilots")).sendKeys(Keys.ENTER);
      String row = rowOf(coordinator, "Kallion peruskoulu");
      assertTrue(row.contains("Hyväksytty") && row.contains("Vastattu"), row);
      // The dashboard's pilot section comes after the page, by its own request.
      coordinator.open(PortalHttp.PORTAL + "reporting/dashboard.xhtml");
      coordinator.waitUntil(
          d ->
              d.findElement(By.id("pilotPanelForm"))
                  .getText()
                  .contains("Ilmiöpohjainen oppiminen"));
    }
    String title = "Ilmiöviikon malli " + UUID.randomUUID().toString().substring(0, 8);
    principalPublishesAnOutcome(title);
    anotherSchoolsTeacherFindsIt(title);
  }

  private static void principalPublishesAnOutcome(String title) {
    try (Browser principal = Browser.signedIn("principal")) {
      principal.waitFor(By.id("nav-pilot-project")).sendKeys(Keys.ENTER);
      principal.type(FORM + "outcomeTitle", title);
      principal.type(FORM + "outcomeSummary", "Näin koko koulu piti kolme ilmiöviikkoa.");
      principal.waitFor(By.id(FORM + "publish")).sendKeys(Keys.ENTER);
      principal.waitForAjax();
      assertTrue(
          principal.text(By.id(FORM + "messages")).contains("julkaistiin kirjastossa"),
          principal.text(By.id(FORM + "messages")));
      assertTrue(principal.text(By.id(FORM + "outcomes")).contains(title));
    }
  }

  /** A teacher of another school (Harju's mentor) finds the outcome by a word of its title. */
  private static void anotherSchoolsTeacherFindsIt(String title) {
    try (Browser teacher = Browser.signedIn("mentor")) {
      // The newest items on the home page (drawn after the page, by its own request).
      teacher.open(PortalHttp.PORTAL + "home.xhtml");
      teacher.waitUntil(d -> d.findElement(By.id("libraryPanelForm")).getText().contains(title));
      teacher.open(PortalHttp.PORTAL + "library/items.xhtml");
      teacher.type("itemsForm:text", title.substring(title.lastIndexOf(' ') + 1));
      teacher.waitFor(By.id("itemsForm:search")).sendKeys(Keys.ENTER);
      teacher.waitFor(By.partialLinkText(title)).sendKeys(Keys.ENTER);
      teacher.waitUntil(d -> d.getCurrentUrl().contains("library/item.xhtml"));
      assertEquals(title, teacher.heading());
    }
  }

  private static void principalWritesAndSubmits() {
    try (Browser principal = Browser.signedIn("principal")) {
      principal.waitFor(By.id("nav-pilot-project")).sendKeys(Keys.ENTER);
      principal.waitFor(By.id("no-project"));
      principal.choose(FORM + "startArea", "Ilmiöpohjainen oppiminen");
      principal.waitFor(By.id(FORM + "start")).sendKeys(Keys.ENTER);
      principal.waitForAjax();
      assertEquals("Luonnos", principal.text(By.cssSelector("#state strong")));

      principal.type(FORM + "projectTitle", "Ilmiöviikot koko koululle");
      principal.type(FORM + "goals", "Oppilaat oppivat ilmiöistä yhdessä.");
      principal.type(FORM + "actions", "Kolme ilmiöviikkoa, joissa luokat työskentelevät yhdessä.");
      principal
          .waitFor(
              By.xpath(
                  "//*[@id='projectForm:teachers']//label[normalize-space()='Tiina Opettaja']"))
          .click();
      // Submitting without a timetable is refused, and what was typed stays.
      submit(principal);
      assertTrue(principal.text(By.id(FORM + "messages")).contains("aikatauluun"));
      assertEquals(
          "Ilmiöviikot koko koululle",
          principal.waitFor(By.id(FORM + "projectTitle")).getAttribute("value"));

      principal.clickAndWait(By.id(FORM + "addMilestone"));
      principal.type(FORM + "milestones:0:what", "Ensimmäinen ilmiöviikko");
      principal.type(
          FORM + "milestones:0:dueOn_input",
          LocalDate.now(Clock.NETWORK_ZONE).plusMonths(1).format(DATE));
      principal.clickAndWait(By.id(FORM + "addBudgetLine"));
      principal.type(FORM + "budget:0:item", "Sijaiset");
      principal.replaceNumber(FORM + "budget:0:euros_input", "1200");
      principal.clickAndWait(By.id(FORM + "save"));
      principal.waitUntil(d -> d.findElement(By.id("budgetTotal")).getText().contains("1 200,00"));
      assertEquals("", Axe.violations(principal.driver()), "the project being written, under axe");

      submit(principal);
      principal.waitUntil(
          d ->
              d.findElement(By.cssSelector("#state strong"))
                  .getText()
                  .equals("Odottaa koordinaattoria"));
    }
  }

  private static void submit(Browser browser) {
    browser.waitFor(By.id(FORM + "submit")).sendKeys(Keys.ENTER);
    browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).sendKeys(Keys.ENTER);
    browser.waitForAjax();
  }

  private static void coordinatorAcceptsAndOpensTheSpringRound() {
    try (Browser coordinator = Browser.signedIn("coordinator-helsinki")) {
      coordinator.waitFor(By.id("nav-pilots")).sendKeys(Keys.ENTER);
      assertTrue(rowOf(coordinator, "Kallion peruskoulu").contains("Odottaa koordinaattoria"));
      coordinator.waitFor(By.linkText("Kallion peruskoulu")).sendKeys(Keys.ENTER);
      coordinator.waitFor(By.id(FORM + "accept")).sendKeys(Keys.ENTER);
      coordinator.waitUntil(
          d -> d.findElement(By.cssSelector("#state strong")).getText().equals("Hyväksytty"));

      coordinator.waitFor(By.id("nav-pilot-rounds")).sendKeys(Keys.ENTER);
      String rounds = coordinator.text(By.id("roundsForm:rounds"));
      if (!rounds.contains("Kevään itsearviointi")) {
        coordinator.choose("roundsForm:kind", "Kevään itsearviointi");
        coordinator.waitUntil(
            d ->
                d.findElement(By.id("roundsForm:questions:0:fi"))
                    .getAttribute("value")
                    .startsWith("Miten pitkälle"));
        coordinator.type(
            "roundsForm:dueOn_input", LocalDate.now(Clock.NETWORK_ZONE).plusDays(14).format(DATE));
        coordinator.waitFor(By.id("roundsForm:open")).sendKeys(Keys.ENTER);
        coordinator.waitForAjax();
        coordinator.waitUntil(
            d ->
                d.findElement(By.id("roundsForm:rounds"))
                    .getText()
                    .contains("Kevään itsearviointi"));
      }
    }
  }

  private static void principalAnswersTheSpringRound() {
    try (Browser principal = Browser.signedIn("principal")) {
      principal.waitFor(By.id("nav-pilot-project")).sendKeys(Keys.ENTER);
      principal.waitFor(By.linkText("Kevään itsearviointi")).sendKeys(Keys.ENTER);
      List<WebElement> answers =
          principal.driver().findElements(By.cssSelector("textarea[id$=':answer']"));
      assertTrue(answers.size() >= 1, "the round's questions");
      for (WebElement answer : answers) {
        answer.sendKeys("Ilmiöviikot pidettiin suunnitellusti.");
      }
      principal.waitFor(By.id("evaluationForm:submit")).sendKeys(Keys.ENTER);
      principal.waitFor(By.cssSelector(".ui-confirmdialog-yes")).sendKeys(Keys.ENTER);
      principal.waitForAjax();
      principal.waitUntil(d -> d.findElement(By.id("state")).getText().startsWith("Lähetetty"));
      assertEquals("", Axe.violations(principal.driver()), "the answered evaluation, under axe");
    }
  }

  /** The overview's row of the school, read through the table's pages. */
  private static String rowOf(Browser browser, String school) {
    browser.waitFor(By.id("pilotsForm:pilots"));
    return browser.waitFor(By.xpath("//tr[.//a[normalize-space()='" + school + "']]")).getText();
  }
}
