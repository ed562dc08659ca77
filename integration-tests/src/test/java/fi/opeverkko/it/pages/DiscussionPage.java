package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import java.time.LocalDate;
import org.openqa.selenium.By;

/** A feedback discussion ({@code feedback/discussion.xhtml}), reached from the leader's list. */
public final class DiscussionPage extends Page {

  public DiscussionPage(Browser browser) {
    super(browser);
  }

  /** From the list of feedback discussions: the one of the subject so named. */
  public static DiscussionPage fromList(Browser browser, String subject) {
    open(browser, "feedback/discussions.xhtml");
    browser.clickAndWait(By.linkText(subject));
    return new DiscussionPage(browser);
  }

  public String state() {
    return browser.text(By.id("state"));
  }

  public String average() {
    return browser.text(By.id("average"));
  }

  /** The leader records the day it was held and what was agreed. */
  public DiscussionPage record(LocalDate heldOn, String agreed) {
    new DateField(browser, "discussionForm:heldOn").type(heldOn);
    browser.type("discussionForm:agreed", agreed);
    browser.clickAndWait(By.id("discussionForm:recordButton"));
    return this;
  }

  public DiscussionPage close() {
    browser.clickAndWait(By.id("discussionForm:closeButton"));
    return this;
  }

  public String agreed() {
    return browser.text(By.id("agreedText"));
  }
}
