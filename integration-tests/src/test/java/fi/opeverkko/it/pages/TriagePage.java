package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import fi.opeverkko.it.Keyboard;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The team leaders' shared list of requests waiting for a team, and the form to take one. */
public final class TriagePage extends Page {

  public static final String ADDRESS = "visits/triage.xhtml";
  public static final String MESSAGES = "triageForm:messages";
  public static final String TEAM_MENU = "triageForm:team";
  public static final String TAKE = "triageForm:take";

  private final Keyboard keys;

  TriagePage(Browser browser) {
    super(browser);
    keys = new Keyboard(browser);
  }

  public static TriagePage open(Browser browser) {
    open(browser, ADDRESS);
    return new TriagePage(browser);
  }

  /** The requests waiting, as listed. */
  public String waiting() {
    return browser.text(By.id("triageForm:waiting"));
  }

  /**
   * Chooses the request of this need by keyboard: Tab to its take button, Enter; focus then goes to
   * the message above the form that opened.
   */
  public TriagePage choose(String need) {
    keys.tabTo(
        "the take button of " + need,
        element ->
            "button".equals(element.getTagName())
                && String.valueOf(element.getAttribute("aria-label")).contains(need));
    keys.press(Keys.ENTER);
    browser.waitForAjax();
    browser.waitUntil(d -> MESSAGES.equals(keys.focused().getAttribute("id")));
    return this;
  }

  public TriagePage team(String name) {
    browser.choose(TEAM_MENU, name);
    return this;
  }

  /** Takes the chosen request for the team by keyboard. */
  public TriagePage take() {
    keys.tabTo(TAKE);
    keys.press(Keys.ENTER);
    browser.waitForAjax();
    return this;
  }
}
