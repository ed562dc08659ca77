package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** A team's inbox of visit requests, its calendar and the calendar feed for calendar apps. */
public final class InboxPage extends Page {

  public static final String ADDRESS = "visits/inbox.xhtml";
  public static final String RENEW_FEED = "teamForm:renewFeed";

  InboxPage(Browser browser) {
    super(browser);
  }

  public static InboxPage open(Browser browser) {
    open(browser, ADDRESS);
    return new InboxPage(browser);
  }

  /** Whether the element is the link of a request in the inbox that waits for an answer. */
  public boolean isSubmittedRequestLink(WebElement element) {
    return "a".equals(element.getTagName())
        && Boolean.TRUE.equals(
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "var row = arguments[0].closest(\"[id='teamForm:inbox'] tr\");"
                        + " return !!row && row.textContent.indexOf('Lähetetty') >= 0;",
                    element));
  }

  /** Whether no cell of the inbox is a tab stop of its own (only its links are). */
  public boolean cellsAreNoTabStops() {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='teamForm:inbox'] td[tabindex]"))
        .stream()
        .noneMatch(cell -> "0".equals(cell.getAttribute("tabindex")));
  }

  /** The requests of the inbox, as listed. */
  public String requests() {
    return browser.text(By.id("teamForm:inbox"));
  }

  public InboxPage showFeed() {
    browser.clickAndWait(By.id("teamForm:showFeed"));
    return this;
  }

  /** The address of the team's calendar feed, once shown. */
  public String feedUrl() {
    return browser.text(By.id("feedUrl"));
  }

  public boolean showsFeedUrl() {
    return browser.isPresent(By.id("feedUrl"));
  }
}
