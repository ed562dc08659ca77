package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import fi.opeverkko.it.Keyboard;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The organiser's course editor, used by keyboard. */
public final class CourseEditPage extends Page {

  private final Keyboard keyboard;

  private CourseEditPage(Browser browser) {
    super(browser);
    this.keyboard = new Keyboard(browser);
    browser.waitFor(By.id("courseForm:save"));
  }

  /** The editor of the course whose page is at the address. */
  public static CourseEditPage ofCourseAt(Browser browser, String courseAddress) {
    browser.open(courseAddress.replace("/courses/course.xhtml", "/courses/course-edit.xhtml"));
    return new CourseEditPage(browser);
  }

  /** Types the number of places over what the field had. */
  public CourseEditPage places(int places) {
    browser.replaceNumber("courseForm:capacity", String.valueOf(places));
    return this;
  }

  public String places() {
    return browser.waitFor(By.id("courseForm:capacity")).getAttribute("value");
  }

  /** Saves with Enter on the button and waits for the answer. */
  public CourseEditPage save() {
    keyboard.tabTo("courseForm:save");
    keyboard.press(Keys.ENTER);
    browser.waitForAjax();
    return this;
  }

  /** The message shown next to the field (the cell after it in the form's grid). */
  public String messageAt(String fieldId) {
    return browser.text(
        By.xpath(
            "//*[@id='" + fieldId + "']/following-sibling::*[contains(@class, 'ui-message')][1]"));
  }
}
