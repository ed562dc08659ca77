package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** The teacher's own sign-ups for coming courses. */
public final class MyCoursesPage extends Page {

  private MyCoursesPage(Browser browser) {
    super(browser);
  }

  public static MyCoursesPage open(Browser browser) {
    open(browser, "courses/my-courses.xhtml");
    browser.waitFor(By.id("myCoursesForm:signUps"));
    return new MyCoursesPage(browser);
  }

  /** The status written on the course's row. */
  public String statusOf(String courseName) {
    return browser.text(
        By.xpath("//tr[.//a[normalize-space()='" + courseName + "']]//*[@class='sign-up-status']"));
  }
}
