package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** A teacher's self-assessment: the open round's questions and their own results. */
public final class SurveyPage extends Page {

  SurveyPage(Browser browser) {
    super(browser);
  }

  /** Chooses a step ("Osaan", ...) for the question of the area, by their labels. */
  public SurveyPage answer(String area, String step) {
    browser.clickAndWait(
        By.xpath(
            "//form[@id='surveyForm']//fieldset[contains(legend, \""
                + area
                + "\")]//label[normalize-space(.)=\""
                + step
                + "\"]"));
    return this;
  }

  /** How many questions the open round asks. */
  public int questionCount() {
    return browser.driver().findElements(By.cssSelector("#surveyForm fieldset")).size();
  }

  /** The area of the n-th question (from 0), as its legend names it after the number. */
  public String area(int n) {
    String legend =
        browser
            .driver()
            .findElements(By.cssSelector("#surveyForm fieldset legend"))
            .get(n)
            .getText();
    return legend.substring(legend.indexOf(' ') + 1, legend.lastIndexOf(" ("));
  }

  public SurveyPage save() {
    browser.clickAndWait(By.id("surveyForm:save"));
    return this;
  }

  /** The row of the own results for the area. */
  public String resultOf(String area) {
    return browser.text(
        By.xpath("//table[@id='own-table']//tr[th[normalize-space(.)=\"" + area + "\"]]"));
  }

  /** The names of the badges suggested for the area's gap. */
  public int badgesSuggestedFor(String area) {
    return browser
        .driver()
        .findElements(
            By.xpath(
                "//table[@id='own-table']//tr[th[normalize-space(.)=\""
                    + area
                    + "\"]]//ul[contains(@class,'suggested-badges')]/li"))
        .size();
  }

  /** The suggested courses, or that there are none. */
  public Region courses() {
    return region("own-results");
  }
}
