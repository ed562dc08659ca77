package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The visit forms with the keyboard alone, as people who do not use a mouse work: Tab to a field,
 * type, Enter on the button. No clicks. The date fields must take a typed date without their
 * calendar, and the calendar must open only when asked, close on Escape and give the focus back.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class KeyboardBrowserIT {

  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String REQUEST_PAGE = PortalHttp.PORTAL + "visits/request.xhtml";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  @Test
  @DisplayName("A request is written and sent, then accepted and scheduled at 09:00, by keyboard")
  void requestAndScheduleByKeyboard() {
    LocalDate day =
        LocalDate.now().plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    String visitUrl = requestByKeyboard(day);
    try (Browser leader = new Browser()) {
      leader.signIn(PortalHttp.PORTAL, "team-leader");
      leader.open(visitUrl);
      press(leader, "visitForm:accept", "Hyväksytty");
      replace(tabTo(leader, "visitForm:day_input"), day.format(TYPED));
      replace(tabTo(leader, "visitForm:startTime"), "09:00");
      replace(tabTo(leader, "visitForm:endTime"), "1030");
      tabTo(leader, checkboxOf(leader, "Elina Asiantuntija")).sendKeys(Keys.SPACE);
      press(leader, "visitForm:schedule", "Aikataulutettu");
      String when = leader.text(By.id("when"));
      assertTrue(when.contains(day.format(DateTimeFormatter.ofPattern("d.M.yyyy"))), when);
      assertTrue(when.contains("9.00 – 10.30"), when);

      leader.open(visitUrl);
      assertTrue(
          leader.driver().findElement(By.id(checkboxOf(leader, "Elina Asiantuntija"))).isSelected(),
          "rescheduling starts from the experts booked");
    }
  }

  @Test
  @DisplayName(
      "An activity is logged by keyboard: a typed day, Enter on Save, focus on the message")
  void logEntryByKeyboard() {
    try (Browser coach = new Browser()) {
      coach.signIn(PortalHttp.PORTAL, "coach");
      coach.open(PortalHttp.PORTAL + "plans/log.xhtml");
      String topic = "Näppäimistöllä kirjattu " + System.currentTimeMillis() % 100_000;
      replace(tabTo(coach, "logForm:doneOn_input"), LocalDate.now().format(TYPED));
      tabTo(coach, "logForm:topic").sendKeys(topic);
      tabTo(coach, "logForm:save").sendKeys(Keys.ENTER);
      coach.waitUntil(d -> d.findElement(By.id("logForm:entries")).getText().contains(topic));
      coach.waitUntil(d -> "logForm:messages".equals(active(d).getAttribute("id")));
    }
  }

  /** The principal writes a request with typed dates and sends it; returns the visit's address. */
  private static String requestByKeyboard(LocalDate day) {
    try (Browser principal = new Browser()) {
      principal.signIn(PortalHttp.PORTAL, "principal");
      principal.open(REQUEST_PAGE);
      tabTo(principal, "requestForm:team_label").sendKeys("Oppimis");
      principal.waitForAjax();
      tabTo(principal, "requestForm:need").sendKeys("Näppäimistöllä tehty pyyntö");
      replace(tabTo(principal, "requestForm:participants_input"), "18");
      tabTo(principal, "requestForm:preferredFrom_input").sendKeys(day.minusDays(2).format(TYPED));
      tabTo(principal, "requestForm:preferredUntil_input").sendKeys(day.plusWeeks(2).format(TYPED));
      tabTo(principal, "requestForm:goal").sendKeys("Piha oppimisympäristönä.");
      tabTo(principal, "requestForm:send").sendKeys(Keys.ENTER);
      principal.waitUntil(d -> d.findElement(By.id("status")).getText().contains("Lähetetty"));
      return principal.driver().getCurrentUrl();
    }
  }

  @Test
  @DisplayName("The calendar opens on its key or button only, closes on Escape, gives focus back")
  void calendarOpensOnlyWhenAskedAndLetsGo() {
    try (Browser principal = new Browser()) {
      principal.signIn(PortalHttp.PORTAL, "principal");
      principal.open(REQUEST_PAGE);
      String field = "requestForm:preferredFrom_input";
      String panel = "requestForm:preferredFrom_panel";

      WebElement input = tabTo(principal, field);
      assertFalse(shown(principal, panel), "the calendar does not open on focus");
      input.sendKeys(Keys.ARROW_DOWN);
      principal.waitUntil(d -> shown(principal, panel) && focusIsIn(d, panel));
      active(principal.driver()).sendKeys(Keys.ESCAPE);
      principal.waitUntil(d -> !shown(principal, panel));
      assertEquals(field, active(principal.driver()).getAttribute("id"));

      active(principal.driver()).sendKeys(Keys.TAB);
      assertTrue(isTrigger(active(principal.driver())), "the calendar's button follows the field");
      active(principal.driver()).sendKeys(Keys.ENTER);
      principal.waitUntil(d -> shown(principal, panel) && focusIsIn(d, panel));
      for (int i = 0; i < 6; i++) {
        active(principal.driver()).sendKeys(Keys.TAB);
        assertTrue(focusIsIn(principal.driver(), panel), "Tab stays in the open calendar");
      }
      active(principal.driver()).sendKeys(Keys.ESCAPE);
      principal.waitUntil(d -> !shown(principal, panel));
      assertEquals(field, active(principal.driver()).getAttribute("id"));
    }
  }

  @Test
  @DisplayName("A day picked in the calendar with Enter is written in the field, focus back on it")
  void pickingADayReturnsToTheField() {
    try (Browser principal = new Browser()) {
      principal.signIn(PortalHttp.PORTAL, "principal");
      principal.open(REQUEST_PAGE);
      String field = "requestForm:preferredUntil_input";
      String panel = "requestForm:preferredUntil_panel";
      tabTo(principal, field).sendKeys(Keys.ARROW_DOWN);
      principal.waitUntil(d -> shown(principal, panel) && focusIsIn(d, panel));
      active(principal.driver()).sendKeys(Keys.ARROW_RIGHT);
      active(principal.driver()).sendKeys(Keys.ENTER);
      principal.waitUntil(d -> !shown(principal, panel));
      WebElement focused = active(principal.driver());
      assertEquals(field, focused.getAttribute("id"));
      assertTrue(focused.getAttribute("value").matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}"));
    }
  }

  /** Presses Tab until the element with the id has the focus, and returns it. */
  private static WebElement tabTo(Browser browser, String id) {
    return new Keyboard(browser).tabTo(id);
  }

  /** Tabs to a button, presses Enter and waits for the visit to reach the status. */
  private static void press(Browser browser, String buttonId, String status) {
    tabTo(browser, buttonId).sendKeys(Keys.ENTER);
    browser.waitForAjax();
    browser.waitUntil(d -> d.findElement(By.id("status")).getText().contains(status));
  }

  /** Selects what the field has and types over it. */
  private static void replace(WebElement field, String text) {
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
  }

  /** The id of the checkbox whose label starts with the name. */
  private static String checkboxOf(Browser browser, String name) {
    return browser
        .waitFor(By.xpath("//label[starts-with(normalize-space(.), '" + name + "')]"))
        .getAttribute("for");
  }

  private static WebElement active(WebDriver driver) {
    return driver.switchTo().activeElement();
  }

  private static boolean shown(Browser browser, String panelId) {
    return browser.driver().findElements(By.id(panelId)).stream().anyMatch(WebElement::isDisplayed);
  }

  /** Whether the focused element is the panel or inside it. */
  private static boolean focusIsIn(WebDriver driver, String panelId) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver)
            .executeScript(
                "var panel = document.getElementById(arguments[0]);"
                    + " return !!panel && panel.contains(document.activeElement);",
                panelId));
  }

  private static boolean isTrigger(WebElement element) {
    return element.getAttribute("class").contains("ui-datepicker-trigger");
  }
}
