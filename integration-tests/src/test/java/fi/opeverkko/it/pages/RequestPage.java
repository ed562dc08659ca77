package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The principal's form for requesting a training visit from an expert team. */
public final class RequestPage extends Page {

  public static final String ADDRESS = "visits/request.xhtml";

  /** The team menu's focusable part, and the menu as shown. */
  public static final String TEAM = "requestForm:team_label";

  public static final String TEAM_MENU = "requestForm:team";
  public static final String NEED = "requestForm:need";
  public static final String NEED_SEARCH = "requestForm:needSearch";

  private static final By FOUND = By.id("requestForm:found");

  /** Longer than the search field's delay after a key (300 ms) and its answer. */
  private static final long QUIET_NANOS = 800_000_000L;

  /** The target group's radio buttons' ids start with this. */
  public static final String TARGET_GROUP = "requestForm:targetGroup";

  public static final String PARTICIPANTS = "requestForm:participants_input";
  public static final String GOAL = "requestForm:goal";
  public static final String SEND = "requestForm:send";

  RequestPage(Browser browser) {
    super(browser);
  }

  public static RequestPage open(Browser browser) {
    open(browser, ADDRESS);
    return new RequestPage(browser);
  }

  /**
   * Types a need into the topic search and presses Enter, as a keyboard user searches. The field
   * also searches 300 ms after the last key (Enter's too), and that answer draws the list again: it
   * waits until the list has stayed as drawn for longer than that, so that no later answer replaces
   * what is read or tabbed through.
   */
  public RequestPage searchNeed(String need) {
    browser.type(NEED_SEARCH, need);
    browser.waitFor(By.id(NEED_SEARCH)).sendKeys(Keys.ENTER);
    browser.waitForAjax();
    WebElement list = browser.waitFor(FOUND);
    long quietSince = System.nanoTime();
    while (System.nanoTime() - quietSince < QUIET_NANOS) {
      pause();
      try {
        list.isDisplayed();
      } catch (StaleElementReferenceException drawnAgain) {
        list = browser.waitFor(FOUND);
        quietSince = System.nanoTime();
      }
    }
    browser.waitForAjax();
    return this;
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The titles of the topics found, as listed. */
  public String found() {
    return browser.text(FOUND);
  }

  /**
   * Chooses a found topic by keyboard: Tab from the search to the list's links until the one titled
   * so has the focus, then Enter. The team follows the topic.
   */
  public RequestPage chooseFound(String title) {
    WebElement search = browser.waitFor(By.id(NEED_SEARCH));
    search.click();
    for (int step = 0; step < 20; step++) {
      browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
      WebElement focused = browser.driver().switchTo().activeElement();
      if (focused.getText().contains(title)) {
        WebElement team = browser.waitFor(By.id(TEAM));
        focused.sendKeys(Keys.ENTER);
        // The choice redraws the form with the topic's team. Typed into before the redraw, a
        // field loses what was typed: wait for the redraw itself, not only for an empty queue,
        // which it may not have joined yet.
        browser.waitUntil(ExpectedConditions.stalenessOf(team));
        browser.waitForAjax();
        return this;
      }
    }
    throw new AssertionError("No found topic titled " + title + " reached by Tab");
  }

  /** The team the request goes to, as its menu shows it. */
  public String team() {
    return browser.text(By.id(TEAM));
  }

  /** Chooses the team; the topics offered follow it. */
  public RequestPage chooseTeam(String team) {
    browser.choose(TEAM_MENU, team);
    return this;
  }

  public RequestPage chooseTopic(String topic) {
    browser.choose("requestForm:topic", topic);
    return this;
  }

  /** Types the number of participants into the still empty field. */
  public RequestPage participants(int participants) {
    browser.type(PARTICIPANTS, String.valueOf(participants));
    return this;
  }

  /** Selects the number of participants typed before and types another over it. */
  public RequestPage correctParticipants(int participants) {
    browser.replaceNumber(PARTICIPANTS, String.valueOf(participants));
    return this;
  }

  /** The number of participants as the field shows it. */
  public String participantsShown() {
    return browser.waitFor(By.id(PARTICIPANTS)).getAttribute("value");
  }

  /** Types the first day that suits (the calendar no longer opens on focus to race the keys). */
  public RequestPage preferredFrom(LocalDate day) {
    preferredFromField().type(day);
    return this;
  }

  public RequestPage preferredUntil(LocalDate day) {
    preferredUntilField().type(day);
    return this;
  }

  public DateField preferredFromField() {
    return new DateField(browser, "requestForm:preferredFrom");
  }

  public DateField preferredUntilField() {
    return new DateField(browser, "requestForm:preferredUntil");
  }

  /** Writes the need in the school's own words (the request then needs no topic). */
  public RequestPage need(String need) {
    browser.type(NEED, need);
    return this;
  }

  public RequestPage goal(String goal) {
    browser.type(GOAL, goal);
    return this;
  }

  /** Sends the request, which opens as a visit. */
  public VisitPage send() {
    browser.clickAndWait(By.id(SEND));
    return new VisitPage(browser);
  }

  /** Sends a request the portal is to refuse: the form stays, with its messages. */
  public RequestPage trySend() {
    browser.clickAndWait(By.id(SEND));
    return this;
  }

  public String messages() {
    return browser.text(By.id("requestForm:messages"));
  }
}
