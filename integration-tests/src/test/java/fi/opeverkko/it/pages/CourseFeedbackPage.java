package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** A course's feedback form for its participants ({@code courses/feedback.xhtml}). */
public final class CourseFeedbackPage extends Page {

  public CourseFeedbackPage(Browser browser) {
    super(browser);
  }

  /** From the teacher's home page: the course's link under the courses to give feedback on. */
  public static CourseFeedbackPage fromHome(Browser browser, String courseName) {
    open(browser, "home.xhtml");
    browser.clickAndWait(By.linkText(courseName));
    return new CourseFeedbackPage(browser);
  }

  /** Gives a rating of 1 to 5 with a comment. */
  public CourseFeedbackPage give(int rating, String comment) {
    browser.clickAndWait(By.cssSelector("label[for='feedbackForm:rating:" + (rating - 1) + "']"));
    browser.type("feedbackForm:comment", comment);
    browser.clickAndWait(By.id("feedbackForm:sendFeedback"));
    return this;
  }
}
