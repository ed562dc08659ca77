package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import java.time.LocalDate;
import org.openqa.selenium.By;

/** The principal's form for requesting a training visit from an expert team. */
public final class RequestPage extends Page {

  public static final String ADDRESS = "visits/request.xhtml";

  /** The team menu's focusable part, and the menu as shown. */
  public static final String TEAM = "requestForm:team_label";

  public static final String TEAM_MENU = "requestForm:team";
  public static final String NEED = "requestForm:need";

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

  public RequestPage goal(String goal) {
    browser.type(GOAL, goal);
    return this;
  }

  /** Sends the request, which opens as a visit. */
  public VisitPage send() {
    browser.driver().findElement(By.id(SEND)).click();
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
