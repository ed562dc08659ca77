package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** An expert team: its members and its catalogue of topics, which its leader keeps. */
public final class TeamPage extends Page {

  private static final By SAVE_TOPIC = By.id("teamForm:saveTopic");

  TeamPage(Browser browser) {
    super(browser);
  }

  /** The new topic's title in Finnish, Swedish and English. */
  public TeamPage topicTitle(String fi, String sv, String en) {
    browser.type("teamForm:titleFi", fi);
    browser.type("teamForm:titleSv", sv);
    browser.type("teamForm:titleEn", en);
    return this;
  }

  public TeamPage topicDescription(String fi, String sv, String en) {
    browser.type("teamForm:descriptionFi", fi);
    browser.type("teamForm:descriptionSv", sv);
    browser.type("teamForm:descriptionEn", en);
    return this;
  }

  /** Ticks an audience of the topic, by its place in the list (from 0). */
  public TeamPage topicAudience(int index) {
    browser
        .driver()
        .findElement(By.cssSelector("label[for='teamForm:audiences:" + index + "']"))
        .click();
    return this;
  }

  public TeamPage saveTopic() {
    browser.clickAndWait(SAVE_TOPIC);
    return this;
  }

  public Region topics() {
    return region("teamForm:topics");
  }

  /** Whether the user may edit the catalogue. */
  public boolean editsTopics() {
    return browser.isPresent(SAVE_TOPIC);
  }
}
