package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** A plan laid out for paper. */
public final class PrintPage extends Page {

  private static final By PRINTABLE = By.id("printable");

  private PrintPage(Browser browser) {
    super(browser);
  }

  static PrintPage shown(Browser browser) {
    browser.waitFor(PRINTABLE);
    return new PrintPage(browser);
  }

  public String text() {
    return browser.text(PRINTABLE);
  }

  public boolean offersPrinting() {
    return browser.isPresent(By.id("printButton"));
  }
}
