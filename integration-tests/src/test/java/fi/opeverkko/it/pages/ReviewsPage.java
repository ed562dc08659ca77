package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** A reviewer's queue of the applications given to them. */
public final class ReviewsPage extends Page {

  public static final String ADDRESS = "competence/reviews.xhtml";

  public ReviewsPage(Browser browser) {
    super(browser);
  }

  public static ReviewsPage open(Browser browser) {
    open(browser, ADDRESS);
    return new ReviewsPage(browser);
  }

  public Region queue() {
    return region("reviewsForm:reviews");
  }

  /** Opens the application for the badge named. */
  public BadgeApplicationPage openApplication(String badgeName) {
    browser.clickAndWait(By.linkText(badgeName));
    return new BadgeApplicationPage(browser).awaitLoaded();
  }
}
