package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;

/**
 * A training visit: its status and facts, the next steps the user's role may take (accept,
 * schedule, deliver, close, withdraw), feedback and the history.
 */
public final class VisitPage extends Page {

  public static final String ADDRESS = "visits/visit.xhtml";
  public static final String ACCEPT = "visitForm:accept";
  public static final String SCHEDULE = "visitForm:schedule";
  public static final String START_TIME = "visitForm:startTime";
  public static final String END_TIME = "visitForm:endTime";

  /** The messages after an action, which get the focus. */
  public static final String MESSAGES = "visitForm:messages";

  /** The visit the browser shows. */
  public VisitPage(Browser browser) {
    super(browser);
  }

  public static VisitPage open(Browser browser, long id) {
    open(browser, ADDRESS + "?id=" + id);
    return new VisitPage(browser);
  }

  /** The visit's id, from the page's address. */
  public long id() {
    String url = browser.driver().getCurrentUrl();
    return Long.parseLong(url.substring(url.indexOf("id=") + 3));
  }

  /** Waits until the visit has reached the status. */
  public VisitPage awaitStatus(String status) {
    region("status").awaitContaining(status);
    return this;
  }

  public VisitPage accept() {
    return act(ACCEPT);
  }

  public VisitPage deliver() {
    return act("visitForm:deliver");
  }

  public VisitPage close() {
    return act("visitForm:close");
  }

  public DateField dayField() {
    return new DateField(browser, "visitForm:day");
  }

  /** Types the day of the visit into the schedule. */
  public VisitPage day(LocalDate day) {
    dayField().type(day);
    return this;
  }

  /** Types the start time as written (the field takes "9:00" as well as "9.00"). */
  public VisitPage startTime(String typed) {
    browser.type(START_TIME, typed);
    return this;
  }

  public VisitPage endTime(String typed) {
    browser.type(END_TIME, typed);
    return this;
  }

  /** Ticks the expert, by the name their label starts with. */
  public VisitPage chooseExpert(String name) {
    browser.clickAndWait(expertLabel(name));
    return this;
  }

  /** The id of the expert's checkbox, for a keyboard user to tab to. */
  public String expertCheckbox(String name) {
    return browser.waitFor(expertLabel(name)).getAttribute("for");
  }

  public boolean isExpertChosen(String name) {
    return browser.driver().findElement(By.id(expertCheckbox(name))).isSelected();
  }

  /** Saves the schedule. */
  public VisitPage schedule() {
    return act(SCHEDULE);
  }

  /** When the visit takes place, once scheduled. */
  public String when() {
    return browser.text(By.id("when"));
  }

  /** The day the visit is scheduled on, as its time reads ("22.12.2026 klo 9.00 – 10.30"). */
  public LocalDate scheduledDay() {
    return LocalDate.parse(when().split(" ")[0], DateTimeFormatter.ofPattern("d.M.yyyy"));
  }

  public String experts() {
    return browser.text(By.id("experts"));
  }

  /** Gives a rating of 1 to 5 with a comment. */
  public VisitPage giveFeedback(int rating, String comment) {
    browser.clickAndWait(By.cssSelector("label[for='visitForm:rating:" + (rating - 1) + "']"));
    browser.type("visitForm:comment", comment);
    browser.clickAndWait(By.id("visitForm:sendFeedback"));
    return this;
  }

  /** The average rating and the number of answers. */
  public Region feedbackSummary() {
    return region("feedback-average");
  }

  /** The number of lines in the history: steps and feedback. */
  public int historyLines() {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='visitForm:history'] tbody tr"))
        .size();
  }

  /** The school withdraws its request: the portal asks first. */
  public ConfirmDialog withdraw() {
    browser.clickAndWait(By.id("visitForm:cancel"));
    return confirmDialog();
  }

  /** The proposals of experts and times, as the leader reads them. */
  public String proposals() {
    return browser.text(By.id("proposals"));
  }

  /** The experts of the first proposal, as named there. */
  public String firstProposalExperts() {
    return browser.text(By.cssSelector("#proposal-0 .proposal-experts"));
  }

  /** Books the first proposal in one click. */
  public VisitPage takeFirstProposal() {
    return act(browser.waitFor(By.cssSelector("#proposal-0 button")).getAttribute("id"));
  }

  /** The leader cancels the visit, giving the reason, and confirms. */
  public VisitPage cancel(String reason) {
    browser.type("visitForm:reason", reason);
    browser.clickAndWait(By.id("visitForm:cancel"));
    confirmDialog().yes();
    browser.waitForAjax();
    return this;
  }

  private VisitPage act(String button) {
    browser.clickAndWait(By.id(button));
    return this;
  }

  private static By expertLabel(String name) {
    return By.xpath("//label[starts-with(normalize-space(.), '" + name + "')]");
  }
}
