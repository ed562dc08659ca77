package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.CityPage;
import fi.opeverkko.it.pages.ImportPage;
import fi.opeverkko.it.pages.Menu;
import fi.opeverkko.it.pages.SchoolEditPage;
import fi.opeverkko.it.pages.SchoolPage;
import fi.opeverkko.it.pages.TeamPage;
import fi.opeverkko.it.pages.TeamsPage;
import fi.opeverkko.it.pages.TutorProposalsPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** The registry as its users work with it in the browser: import, editing, proposals, topics. */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class RegistryBrowserIT {

  /** Names made by this run, so that a rerun on the same database starts from a clean slate. */
  private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

  @TempDir Path files;

  private Path csv(String name, String... lines) throws IOException {
    Path file = files.resolve(name);
    Files.writeString(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  @DisplayName("An import preview names the broken row and writes nothing; the fixed file imports")
  void importPreviewShowsRowErrors() throws IOException {
    String header = "name_fi;name_sv;type;language;address;active";
    String good = "Selainkoulu " + RUN + ";Webbskola " + RUN + ";COMPREHENSIVE;FI;Selaintie 1;true";
    Path broken =
        csv("broken.csv", header, good, "Taikakoulu " + RUN + ";Magiskola;SCHOOL_OF_MAGIC;FI;;");
    try (Browser browser = Browser.signedIn("coordinator-helsinki")) {
      ImportPage importPage = Menu.of(browser).importData();
      assertEquals("Koulut", importPage.kind(), "kinds in words");
      importPage.preview(broken);
      String summary = importPage.summary();
      assertTrue(summary.contains("2 riviä, joista 1 virheellinen rivi"), summary);
      assertTrue(summary.contains("Mitään ei tallennettu"), summary);
      String rows = importPage.rows();
      assertTrue(
          rows.contains(
              "Tyyppi (type): \"SCHOOL_OF_MAGIC\" ei käy; sallitut arvot: DAY_CARE_UNIT,"),
          rows);
      assertFalse(importPage.offersImport(), "no import of an invalid file");

      String schools = CityPage.open(browser).search("Selainkoulu " + RUN).schools().text();
      assertTrue(schools.contains("Ei kouluja."));

      ImportPage fixed = ImportPage.open(browser).preview(csv("fixed.csv", header, good));
      assertTrue(fixed.rows().contains("Lisää uuden"));
      assertTrue(fixed.importFile().info().contains("1 rivi tuotiin."));

      CityPage.open(browser).search("Selainkoulu " + RUN).schools().awaitContaining("Selaintie 1");
    }
  }

  @Test
  @DisplayName("A coordinator adds a school: the form says what is missing, in Finnish")
  void coordinatorAddsASchool() {
    try (Browser browser = Browser.signedIn("coordinator-helsinki")) {
      SchoolEditPage form = CityPage.open(browser).addSchool().trySave();
      String messages = form.messages();
      assertTrue(messages.contains("Pakollinen tieto."), messages);

      SchoolPage school =
          form.nameFi("Lomakekoulu " + RUN)
              .nameSv("Formulärskola " + RUN)
              .schoolType("Peruskoulu")
              .language("suomi")
              .address("Lomaketie 5")
              .save();
      school.awaitHeading("Lomakekoulu " + RUN);
      assertTrue(school.showsStaff(), "the new school's staff page");
    }
  }

  @Test
  @DisplayName("A principal cannot edit another school, nor their own: only coordinators edit")
  void principalCannotEditASchool() {
    String harjuEdit;
    try (Browser coordinator = Browser.signedIn("coordinator-helsinki")) {
      CityPage city = CityPage.open(coordinator).search("Harjun lukio");
      city.schools().awaitContaining("Harjun lukio");
      harjuEdit = city.editLinkOfFirstSchool();
    }
    try (Browser principal = Browser.signedIn("principal")) {
      assertFalse(Menu.of(principal).offersCity(), "no coordinator menu");
      assertFalse(Menu.of(principal).offersImport(), "no import for a principal");
      principal.open(harjuEdit);
      SchoolEditPage refused = new SchoolEditPage(principal);
      assertEquals(403, refused.httpStatus());
      assertEquals("Ei käyttöoikeutta", refused.heading());
      assertFalse(refused.offersSave());
    }
  }

  @Test
  @DisplayName(
      "A principal proposes a tutor, the coordinator confirms, the principal sees it confirmed")
  void principalProposesATutor() {
    String email = "ehdokas." + RUN + "@opeverkko.example";
    String name = "Eetu Ehdokas" + RUN;
    try (Browser principal = Browser.signedIn("principal")) {
      TutorProposalsPage proposals =
          Menu.of(principal).tutors().propose("Eetu", "Ehdokas" + RUN, email);
      proposals.proposals().awaitContaining(email + " Odottaa koordinaattoria");

      try (Browser coordinator = Browser.signedIn("coordinator-helsinki")) {
        SchoolPage school =
            CityPage.open(coordinator)
                .search("Kallion peruskoulu")
                .openSchool("Kallion peruskoulu")
                .confirmProposal(name);
        school.staff().awaitContaining(name);

        // The school has room for four tutors: the next test run needs this place again.
        school.remove(name).staff().awaitNotContaining(name);
      }

      proposals.reload().proposals().awaitContaining(email + " Vahvistettu");
    }
  }

  @Test
  @DisplayName("A team leader adds a topic to the catalogue and everybody sees it in the directory")
  void teamLeaderAddsATopic() {
    String title = "Tekoäly opetuksessa " + RUN;
    try (Browser leader = Browser.signedIn("team-leader")) {
      Menu.of(leader)
          .teams()
          .openTeam("Oppimisympäristöt")
          .topicTitle(title, "AI i undervisningen " + RUN, "AI in teaching " + RUN)
          .topicDescription("Kuvaus", "Beskrivning", "Description")
          .topicAudience(1)
          .saveTopic()
          .topics()
          .awaitContaining(title);
    }
    try (Browser expert = Browser.signedIn("expert")) {
      TeamsPage teams = Menu.of(expert).teams();
      assertTrue(teams.teams().contains(title));
      TeamPage team = teams.openTeam("Oppimisympäristöt");
      assertFalse(team.editsTopics(), "only the leader edits");
    }
  }
}
