package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The portal's date field: a text field for a typed day and a calendar opened only when asked. */
public final class DateField {

  private final Browser browser;
  private final String id;

  DateField(Browser browser, String id) {
    this.browser = browser;
    this.id = id;
  }

  /** The text field, where a keyboard user types the day. */
  public String inputId() {
    return id + "_input";
  }

  void type(LocalDate day) {
    browser.type(inputId(), day.format(Page.DATE));
  }

  /** The text in the field. */
  String value() {
    return browser.waitFor(By.id(inputId())).getAttribute("value");
  }

  public boolean calendarShown() {
    return browser.driver().findElements(By.id(panelId())).stream()
        .anyMatch(WebElement::isDisplayed);
  }

  /** Whether the focused element is the calendar or inside it. */
  public boolean focusInCalendar() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var panel = document.getElementById(arguments[0]);"
                    + " return !!panel && panel.contains(document.activeElement);",
                panelId()));
  }

  /** Whether the element is the button that opens the calendar. */
  public boolean isCalendarButton(WebElement element) {
    return element.getAttribute("class").contains("ui-datepicker-trigger");
  }

  private String panelId() {
    return id + "_panel";
  }
}
