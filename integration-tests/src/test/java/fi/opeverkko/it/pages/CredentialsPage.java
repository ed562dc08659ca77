package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** The signed-in teacher's badge credentials, with the verification page of each to share. */
public final class CredentialsPage extends Page {

  private CredentialsPage(Browser browser) {
    super(browser);
  }

  public static CredentialsPage open(Browser browser) {
    open(browser, "competence/credentials.xhtml");
    browser.heading();
    return new CredentialsPage(browser);
  }

  /** The address of the first credential's public verification page, as the teacher shares it. */
  public String firstVerificationAddress() {
    return browser.waitFor(By.cssSelector(".verify-link")).getAttribute("href");
  }

  /** The address of the verification page of the credential of the badge with this name. */
  public String verificationAddressOf(String badgeName) {
    return browser
        .waitFor(
            By.xpath(
                "//li[@class='credential'][h2[normalize-space()='"
                    + badgeName
                    + "']]//a[contains(@class, 'verify-link')]"))
        .getAttribute("href");
  }
}
