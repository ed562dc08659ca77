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
    browser.clickAndWait(By.linkText(name));
    return new TeamPage(browser);
  }
}
