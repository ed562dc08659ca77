package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The registry as its users work with it in the browser: import, editing, proposals, topics. */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class RegistryBrowserIT {

  /** Names made by this run, so that a rerun on the same database starts from a clean slate. */
  private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  @TempDir Path files;

  private Path csv(String name, String... lines) throws IOException {
    Path file = files.resolve(name);
    Files.writeString(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    return file;
  }

  private static void searchSchools(Browser browser, String text) {
    browser.open(PortalHttp.PORTAL + "coordinator/city.xhtml");
    browser.type("schoolsForm:text", text);
    browser.clickAndWait(By.id("schoolsForm:search"));
  }

  @Test
  @DisplayName("An import preview names the broken row and writes nothing; the fixed file imports")
  void importPreviewShowsRowErrors() throws IOException {
    String header = "name_fi;name_sv;type;language;address;active";
    String good = "Selainkoulu " + RUN + ";Webbskola " + RUN + ";COMPREHENSIVE;FI;Selaintie 1;true";
    Path broken =
        csv("broken.csv", header, good, "Taikakoulu " + RUN + ";Magiskola;SCHOOL_OF_MAGIC;FI;;");
    try (Browser browser = new Browser()) {
      browser.signIn(PortalHttp.PORTAL, "coordinator-helsinki");
      browser.waitFor(By.id("nav-import")).click();
      assertEquals("Koulut", browser.text(By.id("importForm:kind_label")), "kinds in words");
      browser.waitFor(By.id("importForm:file")).sendKeys(broken.toString());
      browser.driver().findElement(By.id("importForm:preview")).click();

      String summary = browser.text(By.id("summary"));
      assertTrue(summary.contains("2 riviä, joista 1 virheellinen rivi"), summary);
      assertTrue(summary.contains("Mitään ei tallennettu"), summary);
      String rows = browser.text(By.id("importForm:rows"));
      assertTrue(
          rows.contains(
              "Tyyppi (type): \"SCHOOL_OF_MAGIC\" ei käy; sallitut arvot: DAY_CARE_UNIT,"),
          rows);
      assertFalse(browser.isPresent(By.id("importForm:import")), "no import of an invalid file");

      searchSchools(browser, "Selainkoulu " + RUN);
      assertTrue(browser.text(By.id("schoolsForm:schools")).contains("Ei kouluja."));

      browser.open(PortalHttp.PORTAL + "coordinator/import.xhtml");
      browser
          .driver()
          .findElement(By.id("importForm:file"))
          .sendKeys(csv("fixed.csv", header, good).toString());
      browser.driver().findElement(By.id("importForm:preview")).click();
      assertTrue(browser.text(By.id("importForm:rows")).contains("Lisää uuden"));
      browser.driver().findElement(By.id("importForm:import")).click();
      assertTrue(browser.text(By.cssSelector(".ui-messages-info")).contains("1 rivi tuotiin."));

      searchSchools(browser, "Selainkoulu " + RUN);
      browser.waitUntil(
          d -> d.findElement(By.id("schoolsForm:schools")).getText().contains("Selaintie 1"));
    }
  }

  @Test
  @DisplayName("A coordinator adds a school: the form says what is missing, in Finnish")
  void coordinatorAddsASchool() {
    try (Browser browser = new Browser()) {
      browser.signIn(PortalHttp.PORTAL, "coordinator-helsinki");
      browser.open(PortalHttp.PORTAL + "coordinator/city.xhtml");
      browser.driver().findElement(By.id("addSchool")).click();
      browser.clickAndWait(By.id("schoolForm:save"));
      String messages = browser.text(By.id("schoolForm:messages"));
      assertTrue(messages.contains("Pakollinen tieto."), messages);

      browser.type("schoolForm:nameFi", "Lomakekoulu " + RUN);
      browser.type("schoolForm:nameSv", "Formulärskola " + RUN);
      browser.choose("schoolForm:type", "Peruskoulu");
      browser.choose("schoolForm:language", "suomi");
      browser.type("schoolForm:address", "Lomaketie 5");
      browser.driver().findElement(By.id("schoolForm:save")).click();
      browser.waitUntil(
          d -> d.findElement(By.cssSelector("main h1")).getText().equals("Lomakekoulu " + RUN));
      assertTrue(browser.isPresent(By.id("staffForm:staff")), "the new school's staff page");
    }
  }

  @Test
  @DisplayName("A principal cannot edit another school, nor their own: only coordinators edit")
  void principalCannotEditASchool() {
    String harjuEdit;
    try (Browser coordinator = new Browser()) {
      coordinator.signIn(PortalHttp.PORTAL, "coordinator-helsinki");
      searchSchools(coordinator, "Harjun lukio");
      coordinator.waitUntil(
          d -> d.findElement(By.id("schoolsForm:schools")).getText().contains("Harjun lukio"));
      harjuEdit =
          coordinator
              .driver()
              .findElement(By.cssSelector("[id='schoolsForm:schools'] a[href*='school-edit']"))
              .getAttribute("href");
    }
    try (Browser principal = new Browser()) {
      principal.signIn(PortalHttp.PORTAL, "principal");
      assertFalse(principal.isPresent(By.id("nav-city")), "no coordinator menu");
      assertFalse(principal.isPresent(By.id("nav-import")), "no import for a principal");
      principal.open(harjuEdit);
      assertEquals(403, principal.status());
      assertEquals("Ei käyttöoikeutta", principal.heading());
      assertFalse(principal.isPresent(By.id("schoolForm:save")));
    }
  }

  @Test
  @DisplayName(
      "A principal proposes a tutor, the coordinator confirms, the principal sees it confirmed")
  void principalProposesATutor() {
    String email = "ehdokas." + RUN + "@opeverkko.example";
    try (Browser principal = new Browser()) {
      principal.signIn(PortalHttp.PORTAL, "principal");
      principal.driver().findElement(By.id("nav-tutors")).click();
      principal.type("proposalForm:firstName", "Eetu");
      principal.type("proposalForm:lastName", "Ehdokas" + RUN);
      principal.type("proposalForm:email", email);
      principal.clickAndWait(By.id("proposalForm:propose"));
      principal.waitUntil(
          d ->
              d.findElement(By.id("proposalForm:proposals"))
                  .getText()
                  .contains(email + " Odottaa koordinaattoria"));

      try (Browser coordinator = new Browser()) {
        coordinator.signIn(PortalHttp.PORTAL, "coordinator-helsinki");
        searchSchools(coordinator, "Kallion peruskoulu");
        coordinator.waitFor(By.linkText("Kallion peruskoulu")).click();
        coordinator.waitFor(By.id("staffForm:proposals"));
        coordinator.clickAndWait(
            By.cssSelector(
                "[id='staffForm:proposals'] button[aria-label='Vahvista Eetu Ehdokas"
                    + RUN
                    + "']"));
        coordinator.waitUntil(
            d -> d.findElement(By.id("staffForm:staff")).getText().contains("Eetu Ehdokas" + RUN));

        // The school has room for four tutors: the next test run needs this place again.
        coordinator.clickAndWait(
            By.cssSelector(
                "[id='staffForm:staff'] button[aria-label='Poista Eetu Ehdokas" + RUN + "']"));
        coordinator.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
        coordinator.waitUntil(
            d -> !d.findElement(By.id("staffForm:staff")).getText().contains("Eetu Ehdokas" + RUN));
      }

      principal.driver().navigate().refresh();
      principal.waitUntil(
          d ->
              d.findElement(By.id("proposalForm:proposals"))
                  .getText()
                  .contains(email + " Vahvistettu"));
    }
  }

  @Test
  @DisplayName("A team leader adds a topic to the catalogue and everybody sees it in the directory")
  void teamLeaderAddsATopic() {
    String title = "Tekoäly opetuksessa " + RUN;
    try (Browser leader = new Browser()) {
      leader.signIn(PortalHttp.PORTAL, "team-leader");
      leader.driver().findElement(By.id("nav-teams")).click();
      leader.waitFor(By.linkText("Oppimisympäristöt")).click();
      leader.type("teamForm:titleFi", title);
      leader.type("teamForm:titleSv", "AI i undervisningen " + RUN);
      leader.type("teamForm:titleEn", "AI in teaching " + RUN);
      leader.type("teamForm:descriptionFi", "Kuvaus");
      leader.type("teamForm:descriptionSv", "Beskrivning");
      leader.type("teamForm:descriptionEn", "Description");
      leader.driver().findElement(By.cssSelector("label[for='teamForm:audiences:1']")).click();
      leader.clickAndWait(By.id("teamForm:saveTopic"));
      leader.waitUntil(d -> d.findElement(By.id("teamForm:topics")).getText().contains(title));
    }
    try (Browser expert = new Browser()) {
      expert.signIn(PortalHttp.PORTAL, "expert");
      expert.driver().findElement(By.id("nav-teams")).click();
      assertTrue(expert.text(By.cssSelector(".teams-table")).contains(title));
      expert.waitFor(By.linkText("Oppimisympäristöt")).click();
      assertFalse(expert.isPresent(By.id("teamForm:saveTopic")), "only the leader edits");
    }
  }
}
