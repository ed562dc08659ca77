package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.ConfirmDialog;
import fi.opeverkko.it.pages.InboxPage;
import fi.opeverkko.it.pages.PersonPage;
import fi.opeverkko.it.pages.RequestPage;
import fi.opeverkko.it.pages.VisitPage;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A keyboard-only user (Tab, Enter, Escape, typing; no clicks) opens a request from the team's
 * inbox, accepts it, fixes a form's errors and backs out of a confirmation, always knowing where
 * focus is and seeing it.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class FocusBrowserIT {

  /** The yellow outer ring and the dark inner one of the portal's focus style. */
  private static final String RING = "rgb(255, 191, 71)";

  private static final String INNER_RING = "rgb(29, 29, 29)";

  @Test
  @DisplayName("Team inbox: Tab to a request, Enter opens it; accepting it focuses the message")
  void openAndAcceptARequestByKeyboard() {
    try (Browser browser = Browser.signedIn("team-leader")) {
      InboxPage inbox = InboxPage.open(browser);
      Keyboard keys = new Keyboard(browser);
      WebElement link = keys.tabTo("a submitted request's link", inbox::isSubmittedRequestLink);
      assertTrue(inbox.cellsAreNoTabStops(), "a table cell is a tab stop of its own");
      String subject = link.getText();
      keys.press(Keys.ENTER);
      browser.waitUntil(d -> d.getCurrentUrl().contains(VisitPage.ADDRESS));
      VisitPage visit = new VisitPage(browser);
      assertEquals(subject, visit.heading());

      keys.tabTo(VisitPage.ACCEPT);
      keys.press(Keys.ENTER);
      visit.awaitStatus("Hyväksytty");
      browser.waitUntil(d -> VisitPage.MESSAGES.equals(keys.focused().getAttribute("id")));
      assertTrue(
          keys.focused().getText().contains("Pyyntö hyväksyttiin"), keys.focused().getText());
    }
  }

  @Test
  @DisplayName("A failed save focuses the error summary, whose links name and lead to the fields")
  void failedSaveFocusesTheErrorSummary() {
    try (Browser browser = Browser.signedIn("coordinator-helsinki")) {
      PersonPage person = PersonPage.openNew(browser, "HELSINKI");
      Keyboard keys = new Keyboard(browser);
      keys.tabTo(PersonPage.SAVE);
      keys.press(Keys.ENTER);
      browser.waitUntil(d -> PersonPage.MESSAGES.equals(keys.focused().getAttribute("id")));

      List<WebElement> links = keys.focused().findElements(By.cssSelector("li a"));
      assertEquals(
          links.size(),
          links.stream().map(a -> a.getDomAttribute("href")).distinct().count(),
          "one message per field");
      WebElement firstName = links.get(0);
      assertEquals("#" + PersonPage.FIRST_NAME, firstName.getDomAttribute("href"));
      assertTrue(firstName.getText().startsWith("Etunimi"), firstName.getText());
      WebElement field = person.firstName();
      assertEquals("true", field.getDomAttribute("aria-invalid"));
      assertTrue(
          person.descriptionOf(field).contains("Pakollinen"),
          "described by " + field.getDomAttribute("aria-describedby"));

      keys.tabTo("the summary's link", e -> e.equals(firstName));
      keys.press(Keys.ENTER);
      assertEquals(PersonPage.FIRST_NAME, keys.focused().getAttribute("id"));
    }
  }

  @Test
  @DisplayName("Renewing the feed asks first: focus on No, Escape closes, focus back on the button")
  void confirmationOpensOnTheSafeChoice() {
    try (Browser browser = Browser.signedIn("team-leader")) {
      InboxPage inbox = InboxPage.open(browser);
      ConfirmDialog dialog = inbox.confirmDialog();
      Keyboard keys = new Keyboard(browser);
      keys.tabTo(InboxPage.RENEW_FEED);
      keys.press(Keys.ENTER);
      browser.waitUntil(d -> dialog.isNo(keys.focused()));
      assertRing(browser, keys.focused());

      keys.press(Keys.ESCAPE);
      dialog.awaitClosed();
      browser.waitUntil(d -> InboxPage.RENEW_FEED.equals(keys.focused().getAttribute("id")));
      assertFalse(inbox.showsFeedUrl(), "the address was renewed");
    }
  }

  @Test
  @DisplayName("Select menus, radio buttons and checkboxes show the portal's focus ring")
  void widgetsShowTheFocusRing() {
    try (Browser browser = Browser.signedIn("principal")) {
      RequestPage.open(browser);
      Keyboard keys = new Keyboard(browser);
      keys.tabTo(RequestPage.TEAM);
      assertRing(browser, browser.driver().findElement(By.id(RequestPage.TEAM_MENU)));
      keys.tabTo("a radio button", e -> e.getAttribute("id").startsWith(RequestPage.TARGET_GROUP));
      assertRing(browser, boxOf(keys.focused()));
    }
    try (Browser browser = Browser.signedIn("coordinator-helsinki")) {
      PersonPage.open(browser, 1);
      Keyboard keys = new Keyboard(browser);
      keys.tabTo("a checkbox", e -> e.getAttribute("id").startsWith(PersonPage.LANGUAGES));
      assertRing(browser, boxOf(keys.focused()));
    }
  }

  /** The box shown for a radio button's or checkbox's hidden input, which shows the focus. */
  private static WebElement boxOf(WebElement input) {
    return input.findElement(By.xpath("../following-sibling::div"));
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
