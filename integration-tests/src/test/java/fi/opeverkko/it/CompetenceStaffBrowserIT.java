package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.CataloguePage;
import fi.opeverkko.it.pages.DevelopmentPlanPage;
import fi.opeverkko.it.pages.DevelopmentPlansPage;
import fi.opeverkko.it.pages.HomePage;
import fi.opeverkko.it.pages.Menu;
import fi.opeverkko.it.pages.StaffPage;
import fi.opeverkko.platform.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The principal's side of competence in the browser, each login signed in once: the demo teacher
 * whose level 2 waits (Kallion peruskoulu has two) is confirmed and the school's standing on the
 * home page counts them; the demo teacher writes a development plan, the principal records the
 * development discussion and the teacher sees it; an admin keeps the badge catalogue.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class CompetenceStaffBrowserIT {

  private static final Pattern LEVEL = Pattern.compile("Taso (\\d)");
  private static final String AGREED = "Syksyllä Moodle-koulutus, keväällä tason 2 merkit.";

  @Test
  @DisplayName(
      "The principal confirms a waiting level and the standing counts it; a teacher's development"
          + " plan is agreed in a discussion the principal records and the teacher sees")
  void levelsAndDevelopmentPlans() {
    try (Browser teacher = Browser.signedIn("teacher");
        Browser principal = Browser.signedIn("principal")) {
      DevelopmentPlanPage plan = teacherWritesAPlan(teacher);
      principalConfirmsALevel(principal);
      principalRecordsTheDiscussion(principal);

      teacher.driver().navigate().refresh();
      plan.discussion().awaitContaining(AGREED);
      assertTrue(plan.discussion().text().contains("Paula Rehtori"), plan.discussion().text());
    }
  }

  private static DevelopmentPlanPage teacherWritesAPlan(Browser teacher) {
    CataloguePage catalogue = Menu.of(teacher).catalogue();
    assertFalse(catalogue.offersAdding(), "the teacher reads the catalogue, does not keep it");
    assertFalse(catalogue.badges().text().isBlank());

    DevelopmentPlanPage plan = Menu.of(teacher).developmentPlan();
    plan.save();
    assertTrue(plan.error().contains("Valitse tavoitetaso"), plan.error());
    plan.targetLevel("2 Syventävät taidot")
        .tick("koulutus")
        .tick("omaehtoinen opiskelu")
        .description("Haluan oppia arvioimaan digitaalisesti.")
        .save();
    assertTrue(plan.info().contains("tallennettiin"), plan.info());
    assertTrue(plan.discussion().text().contains("ei ole vielä kirjannut"));
    return plan;
  }

  private static void principalConfirmsALevel(Browser principal) {
    StaffPage staff = Menu.of(principal).competenceStaff();
    assertTrue(staff.waitingCount().matches(".*: [1-9]\\d*"), staff.waitingCount());
    assertTrue(staff.firstWaits(), "a waiting level comes first, marked");
    Matcher waiting = LEVEL.matcher(staff.firstWaitingLevel());
    assertTrue(waiting.find(), staff.firstWaitingLevel());
    int level = Integer.parseInt(waiting.group(1));
    String name = staff.firstName();

    // Returning needs a comment: refused without one, nothing changes.
    staff.returnFirst().giveBack("");
    assertTrue(staff.error().contains("Kirjoita kommentti"), staff.error());
    assertEquals("", Axe.violations(principal.driver()), "the staff page returning a level");

    HomePage home = Menu.of(principal).home();
    long before = home.schoolStandingAt(level);
    staff = Menu.of(principal).competenceStaff();
    assertEquals(name, staff.firstName(), "still waiting first");
    staff.confirmFirst();
    assertTrue(staff.info().contains("vahvistettu") && staff.info().contains(name), staff.info());
    staff.staff().awaitContaining(name);

    home = Menu.of(principal).home();
    assertEquals(before + 1, home.schoolStandingAt(level), "the standing counts the level");
  }

  private static void principalRecordsTheDiscussion(Browser principal) {
    DevelopmentPlansPage plans = Menu.of(principal).developmentPlans();
    plans.plans().awaitContaining("Tiina Opettaja");
    plans.recordFor("Tiina Opettaja").agreedPoints("").save();
    assertTrue(plans.error().contains("sovitut asiat"), plans.error());
    assertEquals("", Axe.violations(principal.driver()), "the discussion being recorded");
    plans.discussedOn(LocalDate.now(Clock.NETWORK_ZONE)).agreedPoints(AGREED).save();
    assertTrue(plans.info().contains("Tiina Opettaja"), plans.info());
    plans.plans().awaitContaining(AGREED);
  }

  @Test
  @DisplayName(
      "An admin adds a badge in three languages, changes its criteria into a new version and"
          + " retires it; a missing text is refused by its field's name")
  void adminKeepsTheCatalogue() {
    String name = "Tekoäly opetuksessa";
    try (Browser admin = Browser.signedIn("admin")) {
      CataloguePage catalogue = Menu.of(admin).catalogue();
      catalogue.add().level("3 Kehittäjä- ja kouluttajataidot").save();
      assertTrue(catalogue.error().contains("Pakollinen tieto"), catalogue.error());
      for (String language : List.of("fi", "sv", "en")) {
        catalogue
            .text("area", language, "Tekoäly " + language)
            .text("name", language, language.equals("fi") ? name : "AI " + language)
            .text("criteria", language, "Käyttää tekoälyä " + language)
            .text("evidence", language, "Tuntisuunnitelma " + language);
      }
      assertEquals("", Axe.violations(admin.driver()), "the badge being added");
      catalogue.save();
      assertTrue(catalogue.info().contains("lisättiin"), catalogue.info());
      catalogue.badges().awaitContaining(name);

      catalogue.edit(name).text("criteria", "fi", "Käyttää tekoälyä harkiten").save();
      assertTrue(catalogue.info().contains("versio 2"), catalogue.info());
      catalogue.badges().awaitContaining("harkiten");

      catalogue.retire(name);
      assertTrue(catalogue.info().contains("poistettiin"), catalogue.info());
      catalogue.badges().awaitContaining("poistettu käytöstä");
    }
  }
}
