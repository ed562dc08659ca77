package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import java.time.LocalDate;
import org.openqa.selenium.By;

/** A tutor's, mentor's or coach's own activity log: what they did, when, for how long. */
public final class LogPage extends Page {

  public static final String ADDRESS = "plans/log.xhtml";
  public static final String TOPIC = "logForm:topic";
  public static final String SAVE = "logForm:save";

  /** The messages after saving, which get the focus. */
  public static final String MESSAGES = "logForm:messages";

  private static final String HOURS = "logForm:hours_input";

  private LogPage(Browser browser) {
    super(browser);
  }

  public static LogPage open(Browser browser) {
    open(browser, ADDRESS);
    return new LogPage(browser);
  }

  /** The log the browser has been sent to, once its form is shown. */
  static LogPage shown(Browser browser) {
    browser.waitFor(By.id(TOPIC));
    return new LogPage(browser);
  }

  public DateField dayField() {
    return new DateField(browser, "logForm:doneOn");
  }

  public LogPage day(LocalDate day) {
    dayField().type(day);
    return this;
  }

  /** The day as the field shows it. */
  public String dayShown() {
    return dayField().value();
  }

  public LogPage hours(int hours) {
    browser.replaceNumber(HOURS, String.valueOf(hours));
    return this;
  }

  /** The hours as the field shows them. */
  public String hoursShown() {
    return browser.waitFor(By.id(HOURS)).getAttribute("value");
  }

  public LogPage activityType(String type) {
    browser.choose("logForm:type", type);
    return this;
  }

  public LogPage colleagues(int colleagues) {
    browser.replaceNumber("logForm:colleagues_input", String.valueOf(colleagues));
    return this;
  }

  public LogPage topic(String topic) {
    browser.type(TOPIC, topic);
    return this;
  }

  /** The activity of the school's plan that the work serves. */
  public LogPage serves(String activity) {
    browser.choose("logForm:serves", activity);
    return this;
  }

  public LogPage save() {
    browser.clickAndWait(By.id(SAVE));
    return this;
  }

  public String messages() {
    return browser.text(By.id(MESSAGES));
  }

  public Region entries() {
    return region("logForm:entries");
  }

  /** The hours of each month. */
  public String months() {
    return browser.text(By.id("my-months"));
  }
}
