package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import fi.opeverkko.it.PortalHttp;
import org.openqa.selenium.By;

/**
 * A school's tutor plan of the year: the tutors write it (basics, goals, activities) and submit it,
 * the principal returns or approves it, and everybody follows its progress and history.
 */
public final class PlanPage extends Page {

  public static final String ADDRESS = "plans/plan.xhtml";
  private static final By STATUS = By.id("status");

  private PlanPage(Browser browser) {
    super(browser);
  }

  /** The plan page the browser has been sent to, once shown. */
  static PlanPage shown(Browser browser) {
    browser.waitFor(STATUS);
    return new PlanPage(browser);
  }

  /** The full address of a school's plan, as links in emails give it. */
  public static String link(long school) {
    return PortalHttp.PORTAL + ADDRESS + "?school=" + school;
  }

  /** Whether the address is one of this page, whatever its parameters. */
  public static boolean isAt(String url) {
    return url.startsWith(PortalHttp.PORTAL + ADDRESS);
  }

  /** Waits until the plan has reached the status. */
  public PlanPage awaitStatus(String status) {
    region("status").awaitContaining(status);
    return this;
  }

  /** Whether a new plan can start as a copy of last year's. */
  public boolean offersCopy() {
    return browser.isPresent(By.id("planForm:startCopy"));
  }

  public PlanPage startEmpty() {
    return click("planForm:startEmpty");
  }

  public PlanPage saveBasics(String startingPoint, String followUp) {
    browser.type("planForm:startingPoint", startingPoint);
    browser.type("planForm:followUp", followUp);
    return click("planForm:saveBasics");
  }

  public PlanPage goalDescription(String description) {
    browser.type("planForm:goalDescription", description);
    return this;
  }

  public PlanPage goalLevel(String level) {
    browser.choose("planForm:goalLevel", level);
    return this;
  }

  public PlanPage saveGoal() {
    return click("planForm:saveGoal");
  }

  /** Opens the goal on this row (from 0) for editing. */
  public PlanPage editGoal(int row) {
    return click("planForm:goals:" + row + ":editGoal");
  }

  public Region goals() {
    return region("planForm:goals");
  }

  /** Whether the plan's goals can be edited. */
  public boolean editsGoals() {
    return browser.isPresent(By.id("planForm:saveGoal"));
  }

  /** Starts a new activity for the goal; its fields follow. */
  public PlanPage activityFor(String goal) {
    browser.choose("planForm:activityGoal", goal);
    return this;
  }

  public PlanPage what(String what) {
    browser.type("planForm:what", what);
    return this;
  }

  public PlanPage audience(String audience) {
    browser.type("planForm:audience", audience);
    return this;
  }

  public PlanPage timing(String timing) {
    browser.type("planForm:timing", timing);
    return this;
  }

  public PlanPage ledBy(String ledBy) {
    browser.type("planForm:ledBy", ledBy);
    return this;
  }

  public PlanPage plannedHours(int hours) {
    browser.type("planForm:plannedHours_input", String.valueOf(hours));
    return this;
  }

  public PlanPage saveActivity() {
    return click("planForm:saveActivity");
  }

  public Region activities() {
    return region("planForm:activities");
  }

  /** The tutors' comment to the principal, sent with the plan. */
  public PlanPage submitComment(String comment) {
    browser.type("planForm:submitComment", comment);
    return this;
  }

  /** The tutors submit the plan to the principal and confirm it. */
  public PlanPage submit() {
    click("planForm:submit");
    confirmDialog().yes();
    return this;
  }

  /** The principal's comment, for returning or approving. */
  public PlanPage comment(String comment) {
    browser.type("planForm:comment", comment);
    return this;
  }

  public PlanPage returnToTutors() {
    return click("planForm:return");
  }

  public PlanPage approve() {
    return click("planForm:approve");
  }

  public Region history() {
    return region("planForm:history");
  }

  public int versionCount() {
    return browser.driver().findElements(By.cssSelector("#versions li")).size();
  }

  /** Planned against done hours of each activity. */
  public String progress() {
    return browser.text(By.id("progress"));
  }

  public PrintPage print() {
    // As the other buttons: clicked again if the page was still moving after the last update.
    browser.clickAndWait(By.id("planForm:print"));
    return PrintPage.shown(browser);
  }

  private PlanPage click(String button) {
    browser.clickAndWait(By.id(button));
    return this;
  }
}
