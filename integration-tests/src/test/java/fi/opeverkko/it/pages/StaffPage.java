package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The principal's school's teaching staff with their badges and levels, those with a level waiting
 * first; a waiting level is confirmed or returned with a comment.
 */
public final class StaffPage extends Page {

  private static final By FIRST_ROW =
      By.cssSelector("[id='staffForm:staff_data'] > tr:first-child");

  StaffPage(Browser browser) {
    super(browser);
  }

  /** The line that counts the levels waiting for the principal. */
  public String waitingCount() {
    return browser.text(By.id("waiting-count"));
  }

  /** Whether the first row of the table has a level waiting (and is marked so). */
  public boolean firstWaits() {
    return browser.waitFor(FIRST_ROW).getAttribute("class").contains("waiting");
  }

  public String firstName() {
    return browser.waitFor(FIRST_ROW).findElement(By.cssSelector(".staff-name")).getText();
  }

  /** The first row's waiting level as the page writes it, e.g. "Taso 2: odottaa vahvistusta". */
  public String firstWaitingLevel() {
    return firstWaitingItem().findElement(By.tagName("strong")).getText();
  }

  /** Confirms the first row's waiting level. */
  public StaffPage confirmFirst() {
    firstWaitingItem().findElement(By.cssSelector("button[id$=':confirm']")).click();
    browser.waitForAjax();
    return this;
  }

  /** Opens the return of the first row's waiting level, to write why. */
  public StaffPage returnFirst() {
    firstWaitingItem().findElement(By.cssSelector("button[id$=':return']")).click();
    browser.waitForAjax();
    return this;
  }

  /** Sends the return with the comment (empty: the page refuses it). */
  public StaffPage giveBack(String comment) {
    browser.type("staffForm:comment", comment);
    browser.clickAndWait(By.id("staffForm:giveBack"));
    return this;
  }

  public Region staff() {
    return region("staffForm:staff");
  }

  private WebElement firstWaitingItem() {
    return browser.waitFor(FIRST_ROW).findElement(By.cssSelector("li.level-WAITING"));
  }
}
