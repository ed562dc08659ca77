package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.DateField;
import fi.opeverkko.it.pages.LogPage;
import fi.opeverkko.it.pages.RequestPage;
import fi.opeverkko.it.pages.VisitPage;
import fi.opeverkko.platform.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The visit forms with the keyboard alone, as people who do not use a mouse work: Tab to a field,
 * type, Enter on the button. No clicks. The date fields must take a typed date without their
 * calendar, and the calendar must open only when asked, close on Escape and give the focus back.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class KeyboardBrowserIT {

  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String EXPERT = "Elina Asiantuntija";

  @Test
  @DisplayName("A request is written and sent, then accepted and scheduled at 09:00, by keyboard")
  void requestAndScheduleByKeyboard() {
    LocalDate day =
        LocalDate.now(Clock.NETWORK_ZONE)
            .plusWeeks(3)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    long visit = requestByKeyboard(day);
    try (Browser leader = Browser.signedIn("team-leader")) {
      Keyboard keys = new Keyboard(leader);
      VisitPage page = VisitPage.open(leader, visit);
      pressAndAwait(leader, page, VisitPage.ACCEPT, "Hyväksytty");
      typeOver(keys, page.dayField().inputId(), day.format(TYPED));
      typeOver(keys, VisitPage.START_TIME, "09:00");
      typeOver(keys, VisitPage.END_TIME, "1030");
      keys.tabTo(page.expertCheckbox(EXPERT)).sendKeys(Keys.SPACE);
      pressAndAwait(leader, page, VisitPage.SCHEDULE, "Aikataulutettu");
      String when = page.when();
      assertTrue(when.contains(day.format(DateTimeFormatter.ofPattern("d.M.yyyy"))), when);
      assertTrue(when.contains("9.00 – 10.30"), when);

      assertTrue(
          VisitPage.open(leader, visit).isExpertChosen(EXPERT),
          "rescheduling starts from the experts booked");
    }
  }

  /** The principal writes a request with typed dates and sends it; returns the visit's id. */
  private static long requestByKeyboard(LocalDate day) {
    try (Browser principal = Browser.signedIn("principal")) {
      RequestPage form = RequestPage.open(principal);
      Keyboard keys = new Keyboard(principal);
      keys.tabTo(RequestPage.TEAM).sendKeys("Oppimis");
      principal.waitForAjax();
      keys.tabTo(RequestPage.NEED).sendKeys("Näppäimistöllä tehty pyyntö");
      typeOver(keys, RequestPage.PARTICIPANTS, "18");
      keys.tabTo(form.preferredFromField().inputId()).sendKeys(day.minusDays(2).format(TYPED));
      keys.tabTo(form.preferredUntilField().inputId()).sendKeys(day.plusWeeks(2).format(TYPED));
      keys.tabTo(RequestPage.GOAL).sendKeys("Piha oppimisympäristönä.");
      keys.tabTo(RequestPage.SEND).sendKeys(Keys.ENTER);
      return new VisitPage(principal).awaitStatus("Lähetetty").id();
    }
  }

  @Test
  @DisplayName(
      "An activity is logged by keyboard: a typed day, Enter on Save, focus on the message")
  void logEntryByKeyboard() {
    try (Browser coach = Browser.signedIn("coach")) {
      LogPage log = LogPage.open(coach);
      Keyboard keys = new Keyboard(coach);
      String topic = "Näppäimistöllä kirjattu " + System.currentTimeMillis() % 100_000;
      typeOver(keys, log.dayField().inputId(), LocalDate.now(Clock.NETWORK_ZONE).format(TYPED));
      keys.tabTo(LogPage.TOPIC).sendKeys(topic);
      keys.tabTo(LogPage.SAVE).sendKeys(Keys.ENTER);
      log.entries().awaitContaining(topic);
      coach.waitUntil(d -> LogPage.MESSAGES.equals(keys.focused().getAttribute("id")));
    }
  }

  @Test
  @DisplayName("The calendar opens on its key or button only, closes on Escape, gives focus back")
  void calendarOpensOnlyWhenAskedAndLetsGo() {
    try (Browser principal = Browser.signedIn("principal")) {
      DateField from = RequestPage.open(principal).preferredFromField();
      Keyboard keys = new Keyboard(principal);

      WebElement input = keys.tabTo(from.inputId());
      assertFalse(from.calendarShown(), "the calendar does not open on focus");
      input.sendKeys(Keys.ARROW_DOWN);
      principal.waitUntil(d -> from.calendarShown() && from.focusInCalendar());
      keys.focused().sendKeys(Keys.ESCAPE);
      principal.waitUntil(d -> !from.calendarShown());
      assertEquals(from.inputId(), keys.focused().getAttribute("id"));

      keys.focused().sendKeys(Keys.TAB);
      assertTrue(from.isCalendarButton(keys.focused()), "the calendar's button follows the field");
      keys.focused().sendKeys(Keys.ENTER);
      principal.waitUntil(d -> from.calendarShown() && from.focusInCalendar());
      for (int i = 0; i < 6; i++) {
        keys.focused().sendKeys(Keys.TAB);
        assertTrue(from.focusInCalendar(), "Tab stays in the open calendar");
      }
      keys.focused().sendKeys(Keys.ESCAPE);
      principal.waitUntil(d -> !from.calendarShown());
      assertEquals(from.inputId(), keys.focused().getAttribute("id"));
    }
  }

  @Test
  @DisplayName("A day picked in the calendar with Enter is written in the field, focus back on it")
  void pickingADayReturnsToTheField() {
    try (Browser principal = Browser.signedIn("principal")) {
      DateField until = RequestPage.open(principal).preferredUntilField();
      Keyboard keys = new Keyboard(principal);
      keys.tabTo(until.inputId()).sendKeys(Keys.ARROW_DOWN);
      principal.waitUntil(d -> until.calendarShown() && until.focusInCalendar());
      keys.focused().sendKeys(Keys.ARROW_RIGHT);
      keys.focused().sendKeys(Keys.ENTER);
      principal.waitUntil(d -> !until.calendarShown());
      WebElement focused = keys.focused();
      assertEquals(until.inputId(), focused.getAttribute("id"));
      assertTrue(focused.getAttribute("value").matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}"));
    }
  }

  /** Tabs to a button, presses Enter and waits for the visit to reach the status. */
  private static void pressAndAwait(
      Browser browser, VisitPage visit, String button, String status) {
    new Keyboard(browser).tabTo(button).sendKeys(Keys.ENTER);
    browser.waitForAjax();
    visit.awaitStatus(status);
  }

  /** Tabs to the field, selects what it has and types over it. */
  private static void typeOver(Keyboard keys, String field, String text) {
    keys.tabTo(field).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
  }
}
