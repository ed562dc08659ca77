package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** A coordinator's form for a school's details, new or existing. */
public final class SchoolEditPage extends Page {

  public static final String ADDRESS = "network/school-edit.xhtml";
  private static final By SAVE = By.id("schoolForm:save");

  public SchoolEditPage(Browser browser) {
    super(browser);
  }

  public SchoolEditPage nameFi(String name) {
    browser.type("schoolForm:nameFi", name);
    return this;
  }

  public SchoolEditPage nameSv(String name) {
    browser.type("schoolForm:nameSv", name);
    return this;
  }

  public SchoolEditPage schoolType(String type) {
    browser.choose("schoolForm:type", type);
    return this;
  }

  public SchoolEditPage language(String language) {
    browser.choose("schoolForm:language", language);
    return this;
  }

  public SchoolEditPage address(String address) {
    browser.type("schoolForm:address", address);
    return this;
  }

  /** Saves what the portal is to refuse: the form stays, with its messages. */
  public SchoolEditPage trySave() {
    browser.clickAndWait(SAVE);
    return this;
  }

  /** Saves the school, whose staff page opens. */
  public SchoolPage save() {
    browser.clickAndWait(SAVE);
    return new SchoolPage(browser);
  }

  public boolean offersSave() {
    return browser.isPresent(SAVE);
  }

  public String messages() {
    return browser.text(By.id("schoolForm:messages"));
  }
}
