package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import fi.opeverkko.it.Keyboard;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The course catalogue with its filters, used by keyboard. */
public final class CoursesPage extends Page {

  private final Keyboard keyboard;

  CoursesPage(Browser browser) {
    super(browser);
    this.keyboard = new Keyboard(browser);
    browser.waitFor(By.id("coursesForm:courses"));
  }

  public static CoursesPage open(Browser browser) {
    open(browser, "courses/courses.xhtml");
    return new CoursesPage(browser);
  }

  /** Narrows the catalogue to the courses running on the day, typed into both date filters. */
  public CoursesPage runningOn(LocalDate day) {
    for (String field : new String[] {"coursesForm:from_input", "coursesForm:to_input"}) {
      keyboard.tabTo(field);
      keyboard.press(Keys.chord(Keys.CONTROL, "a"), day.format(DATE));
    }
    keyboard.tabTo("coursesForm:search");
    keyboard.press(Keys.ENTER);
    browser.waitForAjax();
    return this;
  }

  /** Follows the course's link by keyboard. */
  public CoursePage openCourse(String name) {
    keyboard.tabTo(name, element -> name.equals(element.getText()));
    keyboard.press(Keys.ENTER);
    return new CoursePage(browser);
  }
}
