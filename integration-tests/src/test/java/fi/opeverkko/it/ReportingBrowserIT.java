package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.FiguresPage;
import fi.opeverkko.it.pages.Menu;
import fi.opeverkko.it.pages.SurveyPage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

/**
 * The self-assessment survey in the browser: a demo teacher answers this year's open round (again,
 * if a run before answered it: a teacher may change the answers until the close), sees the gap and
 * what would fill it; the Helsinki coordinator reads the results by city, drills down to the
 * schools, and the address alone shows the same view; the same on the target dashboard.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class ReportingBrowserIT {

  private static final String ENVIRONMENTS = "Oppimisympäristöt";

  @Test
  @DisplayName(
      "A teacher answers the open round, sees a gap with suggested badges, changes the answer and"
          + " meets the level")
  void teacherAnswersAndSeesSuggestions() {
    try (Browser teacher = Browser.signedIn("teacher")) {
      SurveyPage survey = Menu.of(teacher).survey();
      int questions = survey.questionCount();
      assertTrue(questions > 0, "the demo's round of this year is open");
      for (int q = 0; q < questions; q++) {
        survey.answer(survey.area(q), "Osaan");
      }
      survey.answer(ENVIRONMENTS, "Tarvitsen koulutusta").save();
      assertTrue(survey.info().contains("tallennettu"), survey.info());
      assertTrue(survey.resultOf(ENVIRONMENTS).contains("Koulutusta ehdotetaan"));
      assertTrue(survey.badgesSuggestedFor(ENVIRONMENTS) > 0, "the level 1 badges of the area");
      assertEquals("", Axe.violations(teacher.driver()), "the survey with results, under axe");

      survey.answer(ENVIRONMENTS, "Osaan ohjata muita").save();
      assertTrue(survey.resultOf(ENVIRONMENTS).contains("Täyttää tason"));
      assertEquals(0, survey.badgesSuggestedFor(ENVIRONMENTS));
    }
  }

  @Test
  @DisplayName(
      "The coordinator groups the results by city, drills down to Helsinki's schools, and the"
          + " address reproduces the view")
  void coordinatorDrillsDownAndSharesTheAddress() {
    try (Browser coordinator = Browser.signedIn("coordinator-helsinki")) {
      FiguresPage results = Menu.of(coordinator).surveyResults().groupBy("Kaupunki");
      String byCity = results.table();
      assertTrue(byCity.contains("Helsinki"), byCity);
      assertFalse(byCity.contains("Espoo"), "the coordinator's own city only");

      results.drillInto("Helsinki");
      String schools = results.table();
      assertTrue(schools.contains("Kallion peruskoulu"), schools);
      assertTrue(results.rowOf("Kallion peruskoulu").contains("%"), "enough respondents");
      assertTrue(schools.contains("Alle 5 vastaajaa: ei näytetä"), "a small school's count only");

      String address = results.address();
      assertTrue(address.contains("by=SCHOOL") && address.contains("city=HELSINKI"), address);
      try (Browser colleague = Browser.signedIn("coordinator-helsinki")) {
        assertEquals(schools, FiguresPage.at(colleague, address, FiguresPage.NEEDS).table());
      }
    }
  }

  @Test
  @DisplayName(
      "The coordinator opens the target dashboard, drills down from the city to its schools, and"
          + " the address reproduces the view")
  void coordinatorDrillsDownTheDashboard() {
    try (Browser coordinator = Browser.signedIn("coordinator-helsinki")) {
      FiguresPage dashboard = Menu.of(coordinator).dashboard();
      String byCity = dashboard.table();
      assertTrue(byCity.contains("Helsinki") && !byCity.contains("Espoo"), byCity);
      assertEquals("", Axe.violations(coordinator.driver()), "the dashboard with its charts");
      String counted = coordinator.text(By.id("counted"));
      assertTrue(
          counted.matches("Luvut on laskettu \\d+\\.\\d+\\.\\d{4} klo \\d+\\.\\d{2}\\..*"),
          counted);

      dashboard.drillInto("Helsinki");
      String kallio = dashboard.rowOf("Kallion peruskoulu");
      assertTrue(kallio.contains("%"), kallio);
      String address = dashboard.address();
      assertTrue(address.contains("by=SCHOOL") && address.contains("city=HELSINKI"), address);
      String schools = dashboard.table();
      try (Browser colleague = Browser.signedIn("coordinator-helsinki")) {
        assertEquals(schools, FiguresPage.at(colleague, address, FiguresPage.DASHBOARD).table());
      }
    }
  }

  @Test
  @DisplayName(
      "The coordinator builds the city's indicator pack from the dashboard: the page follows the"
          + " background build until the PDF and XLSX of both languages are offered")
  void coordinatorBuildsThePack() {
    try (Browser coordinator = Browser.signedIn("coordinator-helsinki")) {
      String packs = Menu.of(coordinator).dashboard().buildPackAndWait();
      assertTrue(packs.contains("suomi") && packs.contains("ruotsi"), packs);
      assertTrue(packs.contains("Valmis"), packs);
    }
  }

  @Test
  @DisplayName(
      "The command line's client asks for the network's packs with a bearer token and follows"
          + " them until they are ready; without a token the address is not answered")
  void commandLineBuildsTheNetworksPacks() throws Exception {
    SchoolYear year = SchoolYear.containing(LocalDate.now(Clock.NETWORK_ZONE)).previous();
    String address = PortalHttp.PORTAL + "reporting/packs?year=" + year.startYear();
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> asked =
        http.send(
            bearer(address).POST(HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, asked.statusCode(), asked.body());
    assertTrue(asked.body().contains("FI ") && asked.body().contains("SV "), asked.body());
    String states = asked.body();
    long giveUp = System.currentTimeMillis() + 60_000;
    while (states.contains("QUEUED") || states.contains("BUILDING")) {
      assertTrue(System.currentTimeMillis() < giveUp, states);
      Thread.sleep(500);
      states =
          http.send(bearer(address).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }
    assertEquals(2, states.lines().filter(line -> line.contains(" READY 100")).count(), states);

    HttpResponse<String> anonymous =
        http.send(
            HttpRequest.newBuilder(URI.create(address))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertNotEquals(200, anonymous.statusCode(), "signed in through Keycloak first");
  }

  /** A request carrying a fresh token of the command line's client (client credentials). */
  private static HttpRequest.Builder bearer(String address) throws Exception {
    HttpResponse<String> token =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:8180/realms/opeverkko/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "grant_type=client_credentials&client_id=opeverkko-cli"
                                + "&client_secret=opeverkko-cli-secret"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Matcher access = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
    assertTrue(access.find(), token.body());
    return HttpRequest.newBuilder(URI.create(address))
        .header("Authorization", "Bearer " + access.group(1));
  }
}
