package fi.opeverkko.it;

import java.util.function.Predicate;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A keyboard-only user: keys go to whatever has focus, as they do for a person, never to an element
 * picked by the test.
 */
public final class Keyboard {

  private static final int MAX_TAB_STOPS = 120;

  private final Browser browser;

  public Keyboard(Browser browser) {
    this.browser = browser;
  }

  /** Presses the keys once the page stands still, as a person waits for an update to finish. */
  public void press(CharSequence... keys) {
    browser.waitForAjax();
    new Actions(browser.driver()).sendKeys(keys).perform();
  }

  /** The element that has focus now. */
  public WebElement focused() {
    return browser.driver().switchTo().activeElement();
  }

  /**
   * Presses Tab until focus is on an element the condition accepts (none when it already is), and
   * returns it.
   */
  public WebElement tabTo(String what, Predicate<WebElement> target) {
    for (int stop = 0; stop < MAX_TAB_STOPS; stop++) {
      WebElement element = focused();
      if (target.test(element)) {
        return element;
      }
      press(Keys.TAB);
    }
    throw new AssertionError(
        "Tab never reached " + what + " at " + browser.driver().getCurrentUrl());
  }

  /** Presses Tab until focus is on the element with this id. */
  public WebElement tabTo(String id) {
    return tabTo(id, element -> id.equals(element.getAttribute("id")));
  }
}
