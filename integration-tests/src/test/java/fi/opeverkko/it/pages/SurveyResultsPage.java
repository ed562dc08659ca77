package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** The survey's results and needs, grouped as the address says. */
public final class SurveyResultsPage extends Page {

  SurveyResultsPage(Browser browser) {
    super(browser);
  }

  /** Opens the page at an address of its own, e.g. one shared by a colleague. */
  public static SurveyResultsPage at(Browser browser, String address) {
    browser.open(address);
    return new SurveyResultsPage(browser);
  }

  /** Groups the results by the link's label ("Kaupunki", "Koulu", ...). */
  public SurveyResultsPage groupBy(String label) {
    browser.waitFor(By.linkText(label)).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("by="));
    return this;
  }

  /** Follows a group's drill-down link (a city to its schools). */
  public SurveyResultsPage drillInto(String group) {
    browser
        .waitFor(By.xpath("//table[@id='needs']//a[normalize-space(.)=\"" + group + "\"]"))
        .click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("by=SCHOOL"));
    return this;
  }

  /** The results table as its rows read. */
  public String table() {
    return browser.text(By.id("needs"));
  }

  /** The row of a group. */
  public String rowOf(String group) {
    return browser.text(
        By.xpath("//table[@id='needs']//tr[th[normalize-space(.)=\"" + group + "\"]]"));
  }

  public String address() {
    return browser.driver().getCurrentUrl();
  }
}
