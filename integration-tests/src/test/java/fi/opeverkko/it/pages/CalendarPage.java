package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An expert's own calendar of visits, whose events the page fetches after it is shown. */
public final class CalendarPage extends Page {

  public static final String ADDRESS = "visits/calendar.xhtml";

  CalendarPage(Browser browser) {
    super(browser);
  }

  public static CalendarPage open(Browser browser) {
    open(browser, ADDRESS);
    return new CalendarPage(browser);
  }

  /** Shows the next month's events. */
  public CalendarPage nextMonth() {
    browser.clickAndWait(By.cssSelector(".fc-next-button"));
    return this;
  }

  public Region events() {
    return region("calendarForm:calendar");
  }

  /** The notice shown while the events are being fetched. */
  public WebElement loadingNotice() {
    return browser.shownWhileBusy(By.cssSelector("[data-loading-for='calendarForm:calendar']"));
  }

  /** Whether the calendar says there are no events. */
  public boolean saysNoEvents() {
    return browser.driver().findElements(By.cssSelector(".fc-list-empty")).stream()
        .anyMatch(WebElement::isDisplayed);
  }
}
