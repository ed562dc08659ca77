package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** The teacher's courses that have started, with their completions. */
public final class CompletionsPage extends Page {

  private CompletionsPage(Browser browser) {
    super(browser);
  }

  public static CompletionsPage open(Browser browser) {
    open(browser, "courses/completions.xhtml");
    browser.heading();
    return new CompletionsPage(browser);
  }

  /** The completion line of the course with this name. */
  public String stateOf(String courseName) {
    return browser.text(
        By.xpath(
            "//li[h2[normalize-space()='"
                + courseName
                + "']]//p[contains(@class, 'completion-state')]"));
  }

  /** Adds the completed course to the application for its first badge; on the application. */
  public void addToApplication(String courseName) {
    browser.clickAndWait(By.xpath("//li[h2[normalize-space()='" + courseName + "']]//button"));
    browser.waitFor(By.id("status"));
  }
}
