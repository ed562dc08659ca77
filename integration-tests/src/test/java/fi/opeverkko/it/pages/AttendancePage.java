package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The organiser's attendance list of a course, or without one the courses to choose from. */
public final class AttendancePage extends Page {

  private AttendancePage(Browser browser) {
    super(browser);
  }

  /** The organiser's courses that have started. */
  public static AttendancePage open(Browser browser) {
    open(browser, "courses/attendance.xhtml");
    browser.heading();
    return new AttendancePage(browser);
  }

  public static AttendancePage of(Browser browser, Long courseId) {
    open(browser, "courses/attendance.xhtml?id=" + courseId);
    browser.waitFor(By.id("attendanceForm:participants"));
    return new AttendancePage(browser);
  }

  /** Opens the first course of the list. */
  public AttendancePage firstCourse() {
    return opened(By.cssSelector("#heldCourses a"));
  }

  /** Opens the course of the list with this name. */
  public AttendancePage course(String name) {
    return opened(By.xpath("//ul[@id='heldCourses']//a[normalize-space()='" + name + "']"));
  }

  private AttendancePage opened(By link) {
    browser.clickAndWait(link);
    browser.waitFor(By.id("attendanceForm:participants"));
    return this;
  }

  /**
   * Marks the participants with these names present at the held session of the menu's place
   * (counted from 0), the others absent, and saves.
   */
  public void markPresent(int session, String... names) {
    // The menu's options are there once it has been opened.
    By options = By.cssSelector("[id='attendanceForm:session_items'] li");
    browser.clickAndWait(By.id("attendanceForm:session"));
    browser.waitUntil(d -> d.findElements(options).size() > session);
    String option = browser.driver().findElements(options).get(session).getAttribute("data-label");
    browser.choose("attendanceForm:session", option);
    List<String> wanted = List.of(names);
    for (WebElement box :
        browser.driver().findElements(By.cssSelector("[id='attendanceForm:present'] input"))) {
      By label = By.cssSelector("label[for='" + box.getAttribute("id") + "']");
      boolean present = wanted.contains(browser.text(label));
      if (box.isSelected() != present) {
        browser.clickAndWait(label);
      }
    }
    browser.clickAndWait(By.id("attendanceForm:saveAttendance"));
  }

  /** The completion cell of the participant's row. */
  public String completionOf(String name) {
    return browser.text(
        By.xpath(
            "//tbody[@id='attendanceForm:participants_data']/tr[td[contains(., '"
                + name
                + "')]]/td[last()]"));
  }
}
