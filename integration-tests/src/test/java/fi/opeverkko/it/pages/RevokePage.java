package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** Revocation of a badge credential, for admins and the granting community. */
public final class RevokePage extends Page {

  RevokePage(Browser browser) {
    super(browser);
  }

  /** Revokes with the reason and waits for the confirmation. */
  public RevokePage revoke(String reason) {
    browser.type("revokeForm:reason", reason);
    browser.clickAndWait(By.id("revokeForm:revokeButton"));
    info();
    return this;
  }

  public String state() {
    return browser.text(By.id("state"));
  }
}
