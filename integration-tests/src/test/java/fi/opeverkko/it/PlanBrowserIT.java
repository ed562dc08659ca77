package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Tutor plans and logs in the browser, across roles. Kallion peruskoulu starts the school year
 * without a plan (demo data); the first test writes and approves it, the second logs work against
 * it, so they run in this order.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanBrowserIT {

  private static final Logger LOG = Logger.getLogger(PlanBrowserIT.class.getName());
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  private static void openOwnPlan(Browser browser) {
    browser.driver().findElement(By.id("nav-plans")).click();
    browser.waitFor(By.id("status"));
  }

  private static void statusIs(Browser browser, String status) {
    browser.waitUntil(d -> d.findElement(By.id("status")).getText().contains(status));
  }

  @Test
  @Order(1)
  @DisplayName("Tutors write and submit a plan, the principal returns it, it is fixed and approved")
  void writeReturnFixApprove() {
    try (Browser tutor = new Browser()) {
      tutor.signIn(PortalHttp.PORTAL, "tutor");
      openOwnPlan(tutor);
      statusIs(tutor, "Ei suunnitelmaa");
      assertTrue(tutor.isPresent(By.id("planForm:startCopy")), "last year's plan can be copied");
      tutor.clickAndWait(By.id("planForm:startEmpty"));
      statusIs(tutor, "Luonnos");

      tutor.type("planForm:startingPoint", "Puolet opettajista käyttää Classroomia viikoittain.");
      tutor.type("planForm:followUp", "Kysely joulukuussa ja toukokuussa.");
      tutor.clickAndWait(By.id("planForm:saveBasics"));

      // A goal without its level is refused with the field's message, and nothing is saved.
      tutor.type("planForm:goalDescription", "Jokainen opettaja käyttää Classroomia");
      tutor.clickAndWait(By.id("planForm:saveGoal"));
      assertTrue(tutor.text(By.id("planForm:goals")).contains("Ei vielä tavoitteita"));
      tutor.choose("planForm:goalLevel", "1 Perustaidot");
      tutor.clickAndWait(By.id("planForm:saveGoal"));
      tutor.waitUntil(
          d -> d.findElement(By.id("planForm:goals")).getText().contains("käyttää Classroomia"));

      tutor.choose("planForm:activityGoal", "Jokainen opettaja käyttää Classroomia");
      tutor.type("planForm:what", "Classroom-työpajat");
      tutor.type("planForm:audience", "Koko henkilöstö");
      tutor.type("planForm:timing", "Syys–lokakuu");
      tutor.type("planForm:ledBy", "Tuomas Tutor");
      tutor.type("planForm:plannedHours_input", "12");
      tutor.clickAndWait(By.id("planForm:saveActivity"));
      tutor.waitUntil(
          d ->
              d.findElement(By.id("planForm:activities")).getText().contains("Classroom-työpajat"));

      assertEquals("", Axe.violations(tutor.driver()), "the plan being written, under axe");

      tutor.clickAndWait(By.id("planForm:submit"));
      tutor.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
      statusIs(tutor, "Odottaa rehtoria");
      assertTrue(!tutor.isPresent(By.id("planForm:saveGoal")), "a submitted plan is not edited");
    }

    try (Browser principal = new Browser()) {
      principal.signIn(PortalHttp.PORTAL, "principal");
      String onHome = principal.text(By.cssSelector(".plan-link"));
      assertTrue(onHome.endsWith("tutortoimintasuunnitelma: Odottaa rehtoria"), onHome);
      openOwnPlan(principal);
      statusIs(principal, "Odottaa rehtoria");
      principal.clickAndWait(By.id("planForm:return"));
      assertTrue(
          principal.text(By.cssSelector(".ui-messages-error")).contains("mitä tutorien pitäisi"));
      principal.type(
          "planForm:comment", "Lisätkää tavoitteeseen, miten Classroomin käyttöä mitataan.");
      principal.clickAndWait(By.id("planForm:return"));
      statusIs(principal, "Palautettu muutettavaksi");
    }

    try (Browser tutor = new Browser()) {
      tutor.signIn(PortalHttp.PORTAL, "tutor");
      openOwnPlan(tutor);
      statusIs(tutor, "Palautettu muutettavaksi");
      assertTrue(
          tutor.text(By.id("planForm:history")).contains("miten Classroomin käyttöä mitataan"));
      tutor.clickAndWait(By.id("planForm:goals:0:editGoal"));
      tutor.type(
          "planForm:goalDescription", "Jokainen opettaja käyttää Classroomia viikoittain (kysely)");
      tutor.clickAndWait(By.id("planForm:saveGoal"));
      tutor.waitUntil(d -> d.findElement(By.id("planForm:goals")).getText().contains("(kysely)"));
      tutor.type("planForm:submitComment", "Mittariksi kysely.");
      tutor.clickAndWait(By.id("planForm:submit"));
      tutor.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
      statusIs(tutor, "Odottaa rehtoria");
    }

    try (Browser principal = new Browser()) {
      principal.signIn(PortalHttp.PORTAL, "principal");
      openOwnPlan(principal);
      assertTrue(principal.text(By.id("planForm:history")).contains("Mittariksi kysely."));
      principal.type("planForm:comment", "Hyvä, hyväksytty.");
      principal.clickAndWait(By.id("planForm:approve"));
      statusIs(principal, "Hyväksytty");
      assertEquals(
          2,
          principal.driver().findElements(By.cssSelector("#versions li")).size(),
          "two versions");

      principal.driver().findElement(By.id("planForm:print")).click();
      principal.waitFor(By.id("printable"));
      String printed = principal.text(By.id("printable"));
      assertTrue(printed.contains("(kysely)") && printed.contains("Classroom-työpajat"), printed);
      assertTrue(principal.isPresent(By.id("printButton")));
    }
  }

  @Test
  @Order(2)
  @DisplayName("A tutor logs work for a planned activity and sees the progress against the plan")
  void tutorLogsAndSeesProgress() {
    try (Browser tutor = new Browser()) {
      tutor.signIn(PortalHttp.PORTAL, "tutor");
      tutor.driver().findElement(By.id("nav-log")).click();
      tutor.waitFor(By.id("logForm:topic"));

      // A mistyped year and too many hours are refused, each message naming its field; nothing
      // is moved into range and the form keeps what was typed.
      tutor.type("logForm:doneOn_input", "1.1.1900");
      tutor.replaceNumber("logForm:hours_input", "13");
      tutor.type("logForm:topic", "Classroom-työpaja 1");
      tutor.clickAndWait(By.id("logForm:save"));
      String refused = tutor.text(By.id("logForm:messages"));
      assertTrue(refused.contains("Päivä: Päivän pitää olla aikaisintaan 1.8.2000"), refused);
      assertTrue(refused.contains("Tunnit: 0,25–12 tuntia."), refused);
      String hours = tutor.waitFor(By.id("logForm:hours_input")).getAttribute("value");
      assertTrue(hours.startsWith("13"), "not moved to 12: " + hours);
      assertEquals("1.1.1900", tutor.waitFor(By.id("logForm:doneOn_input")).getAttribute("value"));
      tutor.type("logForm:doneOn_input", LocalDate.now().format(DAY));

      long started = System.nanoTime();
      tutor.replaceNumber("logForm:hours_input", "3");
      tutor.choose("logForm:type", "Työpaja");
      tutor.replaceNumber("logForm:colleagues_input", "14");
      tutor.type("logForm:topic", "Classroom-työpaja 1");
      tutor.choose("logForm:serves", "Classroom-työpajat");
      tutor.clickAndWait(By.id("logForm:save"));
      tutor.waitUntil(
          d -> d.findElement(By.id("logForm:entries")).getText().contains("Classroom-työpaja 1"));
      LOG.info(
          () ->
              "A log entry took 4 typed fields and 2 choices, "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms of browser time");
      assertTrue(tutor.text(By.cssSelector(".ui-messages-info")).contains("Kirjaus tallennettiin"));
      String month = LocalDate.now().getMonthValue() + "/" + LocalDate.now().getYear();
      assertTrue(tutor.text(By.id("my-months")).contains(month));
      assertEquals("", Axe.violations(tutor.driver()), "the log with a goal to choose, under axe");
      assertTrue(tutor.text(By.id("logForm:entries")).contains("3,00"), "hours in Finnish");
      tutor.driver().findElement(By.cssSelector("[data-lang='en']")).click();
      tutor.waitUntil(d -> d.findElement(By.id("logForm:entries")).getText().contains("3.00"));
      tutor.driver().findElement(By.cssSelector("[data-lang='fi']")).click();
      tutor.waitFor(By.id("logForm:entries"));

      openOwnPlan(tutor);
      String progress = tutor.text(By.id("progress"));
      assertTrue(progress.contains("Classroom-työpajat: tehty 3,00 h / 12,00 h (25 %)"), progress);
    }
  }

  @Test
  @Order(3)
  @DisplayName("A coordinator sees the schools with no plan flagged, and the overview in Swedish")
  void coordinatorSeesMissingPlans() {
    try (Browser coordinator = new Browser()) {
      coordinator.signIn(PortalHttp.PORTAL, "coordinator-helsinki");
      coordinator.driver().findElement(By.id("nav-city-plans")).click();
      long missing = Long.parseLong(coordinator.text(By.id("count-MISSING")));
      assertTrue(missing > 0, "the demo data has schools without a plan");
      coordinator.choose("plansForm:standing", "Ei suunnitelmaa");
      coordinator.clickAndWait(By.id("plansForm:search"));
      String rows = coordinator.text(By.id("plansForm:schools"));
      assertTrue(rows.contains("Ei suunnitelmaa"), rows);
      boolean pastDue =
          MonthDay.from(LocalDate.now()).isAfter(MonthDay.of(9, 30))
              || LocalDate.now().getMonthValue() < 8;
      assertEquals(pastDue, rows.contains("Myöhässä"), rows);
      assertTrue(!rows.contains("Hyväksytty"), "only the schools without a plan are listed");

      coordinator.driver().findElement(By.cssSelector("[data-lang='sv']")).click();
      coordinator.waitUntil(
          d -> d.findElement(By.id("by-standing")).getText().contains("Ingen plan"));
    }
  }
}
