package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A coordinator's form for a person's details, new or existing. */
public final class PersonPage extends Page {

  public static final String ADDRESS = "network/person.xhtml";
  public static final String FIRST_NAME = "personForm:firstName";
  public static final String SAVE = "personForm:save";

  /** The error summary, which gets the focus after a failed save. */
  public static final String MESSAGES = "personForm:messages";

  /** The language checkboxes' ids start with this. */
  public static final String LANGUAGES = "personForm:languages";

  private PersonPage(Browser browser) {
    super(browser);
  }

  /** The form for a new person of the city. */
  public static PersonPage openNew(Browser browser, String city) {
    open(browser, ADDRESS + "?city=" + city);
    return new PersonPage(browser);
  }

  public static PersonPage open(Browser browser, long id) {
    open(browser, ADDRESS + "?id=" + id);
    return new PersonPage(browser);
  }

  public WebElement firstName() {
    return browser.driver().findElement(By.id(FIRST_NAME));
  }

  /** The text that describes the field to assistive technology (its message). */
  public String descriptionOf(WebElement field) {
    return browser.text(By.id(field.getDomAttribute("aria-describedby")));
  }
}
