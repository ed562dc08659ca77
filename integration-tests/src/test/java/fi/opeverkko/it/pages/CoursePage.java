package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import fi.opeverkko.it.Keyboard;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;

/** A course's page: the teacher's own sign-up on it, made and cancelled by keyboard. */
public final class CoursePage extends Page {

  public static final String MESSAGES = "signUpForm:messages";

  private static final By STATUS = By.id("myStatus");

  private final Keyboard keyboard;

  CoursePage(Browser browser) {
    super(browser);
    this.keyboard = new Keyboard(browser);
    browser.waitFor(STATUS);
  }

  /** Opens the course page at the address (another user's browser following a shared link). */
  public static CoursePage at(Browser browser, String address) {
    browser.open(address);
    return new CoursePage(browser);
  }

  public String address() {
    return browser.driver().getCurrentUrl();
  }

  /** Signs up in one click, made with Enter on the button. */
  public CoursePage signUp() {
    keyboard.tabTo("signUpForm:signUp");
    keyboard.press(Keys.ENTER);
    browser.waitFor(By.cssSelector("[id='" + MESSAGES + "'] .ui-messages-info"));
    return this;
  }

  /** Cancels the sign-up, confirming the question with Enter on its Yes. */
  public CoursePage cancel() {
    keyboard.tabTo("signUpForm:cancel");
    keyboard.press(Keys.ENTER);
    keyboard.tabTo(
        "the confirmation's Yes",
        element -> element.getAttribute("class").contains("ui-confirmdialog-yes"));
    keyboard.press(Keys.ENTER);
    // The sign-up's confirmation is still shown until the cancellation's replaces it.
    browser.waitUntil(d -> d.findElements(By.id("signUpForm:cancel")).isEmpty());
    browser.waitForAjax();
    return this;
  }

  /** What the page says of the user's own sign-up. */
  public String status() {
    return browser.text(STATUS);
  }

  /**
   * The id of the element that has keyboard focus after the page's focus script had its turn: the
   * messages when it moved focus there, else whatever has it (the body's empty id when focus was
   * lost).
   */
  public String focusedId() {
    browser.waitForAjax();
    try {
      browser.waitUntil(d -> MESSAGES.equals(keyboard.focused().getAttribute("id")));
    } catch (TimeoutException elsewhere) {
      // the test names where it went
    }
    return keyboard.focused().getAttribute("id");
  }

  /** The places line: free of all, and the waitlist. */
  public String places() {
    return browser.text(By.id("places"));
  }
}
