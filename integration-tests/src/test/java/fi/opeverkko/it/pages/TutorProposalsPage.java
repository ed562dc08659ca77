package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** A principal's proposals of tutors for their school, which a coordinator confirms. */
public final class TutorProposalsPage extends Page {

  TutorProposalsPage(Browser browser) {
    super(browser);
  }

  public TutorProposalsPage propose(String firstName, String lastName, String email) {
    browser.type("proposalForm:firstName", firstName);
    browser.type("proposalForm:lastName", lastName);
    browser.type("proposalForm:email", email);
    browser.clickAndWait(By.id("proposalForm:propose"));
    return this;
  }

  /** The proposals, each with where it stands. */
  public Region proposals() {
    return region("proposalForm:proposals");
  }

  /** Loads the page again, as a user comes back to it. */
  public TutorProposalsPage reload() {
    browser.driver().navigate().refresh();
    return this;
  }
}
