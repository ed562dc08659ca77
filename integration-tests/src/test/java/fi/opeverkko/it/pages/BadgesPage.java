package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import java.nio.file.Path;
import org.openqa.selenium.By;

/**
 * A teacher's own badges: those granted, the levels, the applications, and a new application with
 * its evidence.
 */
public final class BadgesPage extends Page {

  public static final String ADDRESS = "competence/applications.xhtml";
  public static final String BADGE_MENU = "applyForm:badge";

  public BadgesPage(Browser browser) {
    super(browser);
  }

  public static BadgesPage open(Browser browser) {
    open(browser, ADDRESS);
    return new BadgesPage(browser);
  }

  /** Chooses the badge to apply for by its label as the menu offers it ("level: name"). */
  public BadgesPage chooseBadge(String label) {
    browser.choose(BADGE_MENU, label);
    return this;
  }

  /**
   * The label of the first badge offered whose name contains the words, from the menu's own select
   * (its list of items is drawn when the menu first opens).
   */
  public String offeredBadge(String words) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//select[@id='" + BADGE_MENU + "_input']/option[contains(., '" + words + "')]"))
        .getAttribute("textContent")
        .strip();
  }

  /** The criteria and the evidence asked of the badge chosen. */
  public Region chosen() {
    return region("applyForm:chosen");
  }

  public BadgesPage describe(String description) {
    browser.type("applyForm:description", description);
    return this;
  }

  public BadgesPage links(String links) {
    browser.type("applyForm:links", links);
    return this;
  }

  /** Picks files to send, as a user picking them in the browser's file dialog. */
  public BadgesPage attach(Path... files) {
    Evidence.attach(browser, "applyForm", files);
    return this;
  }

  /** What the browser says of the files chosen, when it refuses them before sending ("" if not). */
  public String fileProblem() {
    return browser
        .driver()
        .findElement(By.id("applyForm:files"))
        .getDomProperty("validationMessage");
  }

  /** Sends the application: the browser then shows it. */
  public BadgeApplicationPage send() {
    browser.clickAndWait(By.id("applyForm:send"));
    return new BadgeApplicationPage(browser).awaitLoaded();
  }

  /** Sends an application the portal refuses: the teacher stays here with what they typed. */
  public BadgesPage trySend() {
    browser.clickAndWait(By.id("applyForm:send"));
    browser.waitFor(By.cssSelector(".ui-messages-error"));
    return this;
  }

  /** The badges granted, as the table shows them. */
  public Region granted() {
    return region("granted");
  }

  /** The applications, as the table shows them. */
  public Region applications() {
    return region("applicationsForm:applications");
  }

  /** Opens the application for the badge named. */
  public BadgeApplicationPage openApplication(String badgeName) {
    browser.clickAndWait(By.linkText(badgeName));
    return new BadgeApplicationPage(browser).awaitLoaded();
  }
}
