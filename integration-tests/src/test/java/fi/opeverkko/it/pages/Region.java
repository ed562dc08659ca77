package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/**
 * A part of a page that Ajax updates (a table, a list, a status line): read it, or wait until it
 * shows or stops showing some words.
 */
public final class Region {

  private final Browser browser;
  private final By locator;

  Region(Browser browser, By locator) {
    this.browser = browser;
    this.locator = locator;
  }

  /** Its text, once it is shown. */
  public String text() {
    return browser.text(locator);
  }

  public void awaitContaining(String words) {
    browser.waitUntil(d -> d.findElement(locator).getText().contains(words));
  }

  public void awaitNotContaining(String words) {
    browser.waitUntil(d -> !d.findElement(locator).getText().contains(words));
  }
}
