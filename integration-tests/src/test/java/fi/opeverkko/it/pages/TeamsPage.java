package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** The directory of the expert teams and the topics they offer, for everybody. */
public final class TeamsPage extends Page {

  TeamsPage(Browser browser) {
    super(browser);
  }

  public String teams() {
    return browser.text(By.cssSelector(".teams-table"));
  }

  public TeamPage openTeam(String name) {
    browser.waitFor(By.linkText(name)).click();
    return new TeamPage(browser);
  }
}
