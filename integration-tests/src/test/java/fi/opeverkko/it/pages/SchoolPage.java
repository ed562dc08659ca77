package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** A coordinator's page of one school: its staff this year and the principal's proposals. */
public final class SchoolPage extends Page {

  private static final By STAFF = By.id("staffForm:staff");

  SchoolPage(Browser browser) {
    super(browser);
  }

  public boolean showsStaff() {
    return browser.isPresent(STAFF);
  }

  public Region staff() {
    return region("staffForm:staff");
  }

  /** Confirms the principal's proposal of the person, by their full name. */
  public SchoolPage confirmProposal(String name) {
    browser.waitFor(By.id("staffForm:proposals"));
    browser.clickAndWait(
        By.cssSelector("[id='staffForm:proposals'] button[aria-label='Vahvista " + name + "']"));
    return this;
  }

  /** Removes the person from the staff and confirms it. */
  public SchoolPage remove(String name) {
    browser.clickAndWait(
        By.cssSelector("[id='staffForm:staff'] button[aria-label='Poista " + name + "']"));
    confirmDialog().yes();
    return this;
  }
}
