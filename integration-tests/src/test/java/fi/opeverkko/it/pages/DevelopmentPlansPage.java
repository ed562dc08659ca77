package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The principal's school's development plans; the development discussion of each is recorded. */
public final class DevelopmentPlansPage extends Page {

  DevelopmentPlansPage(Browser browser) {
    super(browser);
  }

  public Region plans() {
    return region("plansForm:plans");
  }

  /** Opens the record of the discussion of the person's plan. */
  public DevelopmentPlansPage recordFor(String personName) {
    WebElement row =
        browser.waitFor(
            By.xpath(
                "//tbody[@id='plansForm:plans_data']/tr[.//span[@class='plan-person' and"
                    + " normalize-space(.)=\""
                    + personName
                    + "\"]]"));
    row.findElement(By.cssSelector("button[id$=':discuss']")).click();
    browser.waitForAjax();
    return this;
  }

  public DevelopmentPlansPage discussedOn(LocalDate day) {
    new DateField(browser, "plansForm:discussedOn").type(day);
    return this;
  }

  public DevelopmentPlansPage agreedPoints(String points) {
    browser.type("plansForm:agreedPoints", points);
    return this;
  }

  public DevelopmentPlansPage save() {
    browser.clickAndWait(By.id("plansForm:saveDiscussion"));
    return this;
  }
}
