package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import fi.opeverkko.it.PortalHttp;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;

/**
 * What every portal page offers around its own content: the heading, the messages after an action,
 * the menu and the language switch. One level only: a page's own steps live in its class.
 */
public abstract class Page {

  /** How the Finnish portal writes a day, and so how its user types one. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  protected final Browser browser;

  protected Page(Browser browser) {
    this.browser = browser;
  }

  /** Opens an address of the portal, relative to its root. */
  static void open(Browser browser, String address) {
    browser.open(PortalHttp.PORTAL + address);
  }

  public String heading() {
    return browser.heading();
  }

  public void awaitHeading(String text) {
    browser.waitUntil(d -> d.findElement(By.cssSelector("main h1")).getText().equals(text));
  }

  /** The HTTP status the page came with. */
  public long httpStatus() {
    return browser.status();
  }

  /** The confirmation after an action. */
  public String info() {
    return browser.text(By.cssSelector(".ui-messages-info"));
  }

  /** The error shown after an action. */
  public String error() {
    return browser.text(By.cssSelector(".ui-messages-error"));
  }

  public Menu menu() {
    return Menu.of(browser);
  }

  /** Clicks a language of the switch in the header ("fi", "sv", "en"). */
  public void switchLanguage(String language) {
    browser.clickAndWait(By.cssSelector("[data-lang='" + language + "']"));
  }

  /** The confirmation the page asks for before an action that cannot be undone. */
  public ConfirmDialog confirmDialog() {
    return new ConfirmDialog(browser);
  }

  protected Region region(String id) {
    return new Region(browser, By.id(id));
  }
}
