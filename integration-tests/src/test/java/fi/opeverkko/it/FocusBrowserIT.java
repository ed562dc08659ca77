package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import org.openqa.selenium.WebElement;

/**
 * A keyboard-only user (Tab, Enter, Escape, typing; no clicks) opens a request from the team's
 * inbox, accepts it, fixes a form's errors and backs out of a confirmation, always knowing where
 * focus is and seeing it.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class FocusBrowserIT {

  /** The yellow outer ring and the dark inner one of the portal's focus style. */
  private static final String RING = "rgb(255, 191, 71)";

  private static final String INNER_RING = "rgb(29, 29, 29)";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  @Test
  @DisplayName("Team inbox: Tab to a request, Enter opens it; accepting it focuses the message")
  void openAndAcceptARequestByKeyboard() {
    try (Browser browser = new Browser()) {
      browser.signIn(PortalHttp.PORTAL, "team-leader");
      browser.open(PortalHttp.PORTAL + "visits/team.xhtml");
      Keyboard keys = new Keyboard(browser);
      WebElement link =
          keys.tabTo(
              "a submitted request's link",
              e -> "a".equals(e.getTagName()) && inSubmittedInboxRow(browser, e));
      assertTrue(
          browser
              .driver()
              .findElements(By.cssSelector("[id='teamForm:inbox'] td[tabindex]"))
              .stream()
              .noneMatch(cell -> "0".equals(cell.getAttribute("tabindex"))),
          "a table cell is a tab stop of its own");
      String subject = link.getText();
      keys.press(Keys.ENTER);
      browser.waitUntil(d -> d.getCurrentUrl().contains("visits/visit.xhtml"));
      assertEquals(subject, browser.heading());

      keys.tabTo("visitForm:accept");
      keys.press(Keys.ENTER);
      browser.waitUntil(d -> d.findElement(By.id("status")).getText().contains("Hyväksytty"));
      browser.waitUntil(d -> "visitForm:messages".equals(keys.focused().getAttribute("id")));
      assertTrue(
          keys.focused().getText().contains("Pyyntö hyväksyttiin"), keys.focused().getText());
    }
  }

  private static boolean inSubmittedInboxRow(Browser browser, WebElement link) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var row = arguments[0].closest(\"[id='teamForm:inbox'] tr\");"
                    + " return !!row && row.textContent.indexOf('Lähetetty') >= 0;",
                link));
  }

  @Test
  @DisplayName("A failed save focuses the error summary, whose links name and lead to the fields")
  void failedSaveFocusesTheErrorSummary() {
    try (Browser browser = new Browser()) {
      browser.signIn(PortalHttp.PORTAL, "coordinator-helsinki");
      browser.open(PortalHttp.PORTAL + "coordinator/person.xhtml?city=HELSINKI");
      Keyboard keys = new Keyboard(browser);
      keys.tabTo("personForm:save");
      keys.press(Keys.ENTER);
      browser.waitUntil(d -> "personForm:messages".equals(keys.focused().getAttribute("id")));

      List<WebElement> links = keys.focused().findElements(By.cssSelector("li a"));
      assertEquals(
          links.size(),
          links.stream().map(a -> a.getDomAttribute("href")).distinct().count(),
          "one message per field");
      WebElement firstName = links.get(0);
      assertEquals("#personForm:firstName", firstName.getDomAttribute("href"));
      assertTrue(firstName.getText().startsWith("Etunimi"), firstName.getText());
      WebElement field = browser.driver().findElement(By.id("personForm:firstName"));
      assertEquals("true", field.getDomAttribute("aria-invalid"));
      String describedBy = field.getDomAttribute("aria-describedby");
      assertTrue(
          browser.text(By.id(describedBy)).contains("Pakollinen"), "described by " + describedBy);

      keys.tabTo("the summary's link", e -> e.equals(firstName));
      keys.press(Keys.ENTER);
      assertEquals("personForm:firstName", keys.focused().getAttribute("id"));
    }
  }

  @Test
  @DisplayName("Renewing the feed asks first: focus on No, Escape closes, focus back on the button")
  void confirmationOpensOnTheSafeChoice() {
    try (Browser browser = new Browser()) {
      browser.signIn(PortalHttp.PORTAL, "team-leader");
      browser.open(PortalHttp.PORTAL + "visits/team.xhtml");
      Keyboard keys = new Keyboard(browser);
      keys.tabTo("teamForm:renewFeed");
      keys.press(Keys.ENTER);
      browser.waitUntil(d -> keys.focused().getAttribute("class").contains("ui-confirmdialog-no"));
      assertRing(browser, keys.focused());

      keys.press(Keys.ESCAPE);
      browser.waitUntil(d -> !d.findElement(By.cssSelector(".ui-confirm-dialog")).isDisplayed());
      browser.waitUntil(d -> "teamForm:renewFeed".equals(keys.focused().getAttribute("id")));
      assertFalse(browser.isPresent(By.id("feedUrl")), "the address was renewed");
    }
  }

  @Test
  @DisplayName("Select menus, radio buttons and checkboxes show the portal's focus ring")
  void widgetsShowTheFocusRing() {
    try (Browser browser = new Browser()) {
      browser.signIn(PortalHttp.PORTAL, "principal");
      browser.open(PortalHttp.PORTAL + "visits/request.xhtml");
      Keyboard keys = new Keyboard(browser);
      keys.tabTo("requestForm:team_label");
      assertRing(browser, browser.driver().findElement(By.id("requestForm:team")));
      keys.tabTo("a radio button", e -> e.getAttribute("id").startsWith("requestForm:targetGroup"));
      assertRing(browser, keys.focused().findElement(By.xpath("../following-sibling::div")));
    }
    try (Browser browser = new Browser()) {
      browser.signIn(PortalHttp.PORTAL, "coordinator-helsinki");
      browser.open(PortalHttp.PORTAL + "coordinator/person.xhtml?id=1");
      Keyboard keys = new Keyboard(browser);
      keys.tabTo("a checkbox", e -> e.getAttribute("id").startsWith("personForm:languages"));
      assertRing(browser, keys.focused().findElement(By.xpath("../following-sibling::div")));
    }
  }

  /** Waits for the ring: the theme's own focus shadow fades out over a moment. */
  private static void assertRing(Browser browser, WebElement element) {
    browser.waitUntil(
        d -> {
          Object ring =
              ((JavascriptExecutor) d)
                  .executeScript(
                      "var s = getComputedStyle(arguments[0]);"
                          + " return s.outlineColor + ' ' + s.outlineStyle + ' | ' + s.boxShadow;",
                      element);
          return ring.toString().equals(RING + " solid | " + INNER_RING + " 0px 0px 0px 3px");
        });
  }
}
