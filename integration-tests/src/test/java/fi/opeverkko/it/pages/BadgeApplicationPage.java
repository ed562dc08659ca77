package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A badge application: its status, the evidence with the files to download, the history; the
 * teacher's answer to a request for more, the reviewer's decision.
 */
public final class BadgeApplicationPage extends Page {

  public static final String ADDRESS = "competence/application.xhtml";
  private static final String FORM = "applicationForm";

  public BadgeApplicationPage(Browser browser) {
    super(browser);
  }

  public static BadgeApplicationPage open(Browser browser, long id) {
    open(browser, ADDRESS + "?id=" + id);
    return new BadgeApplicationPage(browser);
  }

  BadgeApplicationPage awaitLoaded() {
    browser.waitFor(By.id("status"));
    return this;
  }

  /** The application's id, from the page's address. */
  public long id() {
    String url = browser.driver().getCurrentUrl();
    return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }

  /** Waits until the application has reached the status. */
  public BadgeApplicationPage awaitStatus(String status) {
    region("status").awaitContaining(status);
    return this;
  }

  public String reviewer() {
    return browser.text(By.id("reviewer"));
  }

  /** What the reviewer asked for, shown to the teacher who is to answer it. */
  public String askedFor() {
    return browser.text(By.id("askedFor"));
  }

  /** The evidence files' download links. */
  public List<WebElement> files() {
    return browser.driver().findElements(By.cssSelector("a.evidence-file"));
  }

  /** Adds words to the description as it stands. */
  public BadgeApplicationPage addToDescription(String words) {
    browser.waitFor(By.id(FORM + ":description")).sendKeys(" " + words);
    return this;
  }

  public BadgeApplicationPage attach(Path... files) {
    Evidence.attach(browser, FORM, files);
    return this;
  }

  /** Cites a library item as evidence by the address of its page in the library. */
  public BadgeApplicationPage cite(String itemAddress) {
    browser.type(FORM + ":libraryItem", itemAddress);
    browser.clickAndWait(By.id(FORM + ":cite"));
    return this;
  }

  /** The titles of the library items the application cites. */
  public List<String> citedItems() {
    return browser.driver().findElements(By.cssSelector("a.library-item")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Takes the citation of a library item back, by its remove button beside the item. */
  public BadgeApplicationPage uncite(String title) {
    browser.clickAndWait(By.cssSelector("[aria-label$='" + title + "']"));
    return this;
  }

  /** The teacher sends it back to the reviewer. */
  public BadgeApplicationPage resend() {
    browser.clickAndWait(By.id(FORM + ":resend"));
    return awaitLoaded();
  }

  public BadgeApplicationPage comment(String comment) {
    browser.type(FORM + ":comment", comment);
    return this;
  }

  public BadgeApplicationPage askMore() {
    browser.clickAndWait(By.id(FORM + ":askMore"));
    return this;
  }

  public BadgeApplicationPage grant() {
    browser.clickAndWait(By.id(FORM + ":grant"));
    return this;
  }

  public BadgeApplicationPage decline() {
    browser.clickAndWait(By.id(FORM + ":decline"));
    return this;
  }

  /** The number of steps in the history. */
  public int historyLines() {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='" + FORM + ":history'] tbody tr"))
        .size();
  }
}
