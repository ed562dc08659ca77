package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** The public verification page of a badge credential, which needs no sign-in. */
public final class VerifyPage extends Page {

  private VerifyPage(Browser browser) {
    super(browser);
  }

  /** Opens the page at the full address a holder shared. */
  public static VerifyPage at(Browser browser, String address) {
    browser.open(address);
    browser.heading();
    return new VerifyPage(browser);
  }

  /** What the server's check found: VALID, REVOKED or INVALID. */
  public String state() {
    return browser.waitFor(By.id("verdict")).getAttribute("data-state");
  }

  /** The verdict as the reader sees it, in the page's language. */
  public String verdict() {
    return browser.text(By.id("verdict"));
  }

  public String recipient() {
    return browser.text(By.id("recipient"));
  }

  /** Whether the header names a signed-in user: a public page shows nobody. */
  public boolean showsSignedInUser() {
    return browser.isPresent(By.id("person-name"));
  }

  /** For an admin or the granting community: on to the revocation. */
  public RevokePage revoke() {
    browser.clickAndWait(By.id("revoke"));
    browser.waitFor(By.id("revokeForm"));
    return new RevokePage(browser);
  }
}
