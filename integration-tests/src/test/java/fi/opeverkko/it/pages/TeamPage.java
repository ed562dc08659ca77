package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

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
    browser.clickAndWait(By.cssSelector("label[for='teamForm:audiences:" + index + "']"));
    return this;
  }

  public TeamPage saveTopic() {
    browser.clickAndWait(SAVE_TOPIC);
    return this;
  }

  public Region topics() {
    return region("teamForm:topics");
  }

  /** The id of the checkbox of a topic in an expert's row of the topics each expert gives. */
  public String topicCheckbox(String expert, String topic) {
    browser.waitFor(By.id("teamForm:expertTopics"));
    return (String)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var rows = document.querySelectorAll(\"[id='teamForm:expertTopics_data'] tr\");"
                    + " for (var r = 0; r < rows.length; r++) {"
                    + "   if (rows[r].cells[0].textContent.indexOf(arguments[0]) < 0) continue;"
                    + "   var labels = rows[r].querySelectorAll('label');"
                    + "   for (var i = 0; i < labels.length; i++) {"
                    + "     if (labels[i].textContent.trim() === arguments[1]) return labels[i].htmlFor;"
                    + "   }"
                    + " }"
                    + " return null;",
                expert,
                topic);
  }

  /** The id of the button saving an expert's topics. */
  public String saveTopicsButton(String expert) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//tbody[@id='teamForm:expertTopics_data']/tr[td[1][contains(., '"
                    + expert
                    + "')]]//button"))
        .getAttribute("id");
  }

  /** Waits until an action's message has the focus, as after saving. */
  public void awaitFocusOnMessages() {
    browser.waitForAjax();
    browser.waitUntil(
        d -> "teamForm:messages".equals(d.switchTo().activeElement().getAttribute("id")));
  }

  /** Whether the expert's checkbox of the topic (visually hidden behind its box) is ticked. */
  public boolean gives(String expert, String topic) {
    return browser.driver().findElement(By.id(topicCheckbox(expert, topic))).isSelected();
  }

  /** Whether the user may edit the catalogue. */
  public boolean editsTopics() {
    return browser.isPresent(SAVE_TOPIC);
  }
}
