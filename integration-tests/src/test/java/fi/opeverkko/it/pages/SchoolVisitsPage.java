package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** A principal's visits of their school, and where a new request starts. */
public final class SchoolVisitsPage extends Page {

  SchoolVisitsPage(Browser browser) {
    super(browser);
  }

  public RequestPage newRequest() {
    browser.clickAndWait(By.id("newRequest"));
    return new RequestPage(browser);
  }

  /** The row of the visit whose subject has the words, once it shows the status. */
  public String visitRow(String subjectWords, String status) {
    return browser
        .waitFor(
            By.xpath(
                "//table//tr[td[contains(., '"
                    + subjectWords
                    + "')]][td[contains(., '"
                    + status
                    + "')]]"))
        .getText();
  }
}
