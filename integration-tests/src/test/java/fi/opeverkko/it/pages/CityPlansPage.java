package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** A coordinator's overview of the tutor plans of their city's schools. */
public final class CityPlansPage extends Page {

  public static final String ADDRESS = "plans/city-plans.xhtml";

  CityPlansPage(Browser browser) {
    super(browser);
  }

  /** How many schools have no plan this year, from the figures by standing. */
  public long schoolsWithoutPlan() {
    return Long.parseLong(browser.text(By.id("count-MISSING")));
  }

  /** Lists the schools whose plan stands so. */
  public CityPlansPage search(String standing) {
    browser.choose("plansForm:standing", standing);
    browser.clickAndWait(By.id("plansForm:search"));
    return this;
  }

  public String schools() {
    return browser.text(By.id("plansForm:schools"));
  }

  /** The figures by standing. */
  public Region byStanding() {
    return region("by-standing");
  }
}
