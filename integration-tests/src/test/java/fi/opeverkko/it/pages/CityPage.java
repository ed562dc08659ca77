package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** A coordinator's directory of their city's schools. */
public final class CityPage extends Page {

  public static final String ADDRESS = "network/city.xhtml";

  private CityPage(Browser browser) {
    super(browser);
  }

  public static CityPage open(Browser browser) {
    open(browser, ADDRESS);
    return new CityPage(browser);
  }

  /** Searches the schools by name. */
  public CityPage search(String text) {
    browser.type("schoolsForm:text", text);
    browser.clickAndWait(By.id("schoolsForm:search"));
    return this;
  }

  public Region schools() {
    return region("schoolsForm:schools");
  }

  /** The address of the first school's edit form in the list. */
  public String editLinkOfFirstSchool() {
    return browser
        .driver()
        .findElement(
            By.cssSelector("[id='schoolsForm:schools'] a[href*='" + SchoolEditPage.ADDRESS + "']"))
        .getAttribute("href");
  }

  public SchoolEditPage addSchool() {
    browser.clickAndWait(By.id("addSchool"));
    return new SchoolEditPage(browser);
  }

  public SchoolPage openSchool(String name) {
    browser.clickAndWait(By.linkText(name));
    return new SchoolPage(browser);
  }
}
