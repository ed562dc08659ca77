package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** The home page a user lands on after signing in: their schools and teams. */
public final class HomePage extends Page {

  public HomePage(Browser browser) {
    super(browser);
  }

  /** The link to the school's tutor plan, which says where the plan stands. */
  public String planLink() {
    return browser.text(By.cssSelector(".plan-link"));
  }
}
