package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** The organiser's courses under their minimum, waiting for a decision. */
public final class DecisionsPage extends Page {

  private DecisionsPage(Browser browser) {
    super(browser);
  }

  public static DecisionsPage open(Browser browser) {
    open(browser, "courses/decisions.xhtml");
    browser.heading();
    return new DecisionsPage(browser);
  }

  /** Pools the course whose heading is this name. */
  public void pool(String courseName) {
    browser.clickAndWait(
        By.xpath(
            "//section[h2[normalize-space()='"
                + courseName
                + "']]//button[contains(@id, 'pool')]"));
    browser.waitFor(By.cssSelector(".ui-messages-info"));
  }
}
