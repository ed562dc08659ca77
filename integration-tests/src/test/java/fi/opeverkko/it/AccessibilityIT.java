package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.AttendancePage;
import fi.opeverkko.it.pages.BadgesPage;
import fi.opeverkko.it.pages.CredentialsPage;
import fi.opeverkko.it.pages.ReviewsPage;
import fi.opeverkko.it.pages.VerifyPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page passes axe-core's WCAG 2.1 A and AA checks, and reflows (WCAG 1.4.10): on a phone and
 * on a laptop at 200 % zoom nothing scrolls sideways and no table cell cuts its text. Every page is
 * checked in full in Finnish; in Swedish and English axe checks what a translation can break
 * (names, labels, language) and the page reflows with its own words.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class AccessibilityIT {

  private static final SignedInBrowsers BROWSERS = new SignedInBrowsers();

  /** How each language names an application the reviewer asked more for. */
  private static final Map<String, String> MORE_ASKED =
      Map.of(
          "fi",
          "Lisää näyttöä pyydetty",
          "sv",
          "Mer belägg begärt",
          "en",
          "More evidence asked for");

  @AfterAll
  static void closeBrowsers() {
    BROWSERS.close();
  }

  /** Every page the portal has, as a login who may open it: "page, login". */
  private static final List<String> PAGES =
      List.of(
          "home.xhtml, principal",
          "home.xhtml, team-leader",
          "home.xhtml, coordinator-helsinki",
          "network/teams.xhtml, tutor",
          "network/city.xhtml, coordinator-helsinki",
          "admin/audit.xhtml, admin",
          "admin/outbox.xhtml, admin",
          "network/coverage.xhtml, coordinator-helsinki",
          "network/school.xhtml?id=1, coordinator-helsinki",
          "network/school-edit.xhtml?id=1, coordinator-helsinki",
          "network/people.xhtml, coordinator-helsinki",
          "network/person.xhtml?id=1, coordinator-helsinki",
          "network/import.xhtml, coordinator-helsinki",
          "network/mentors.xhtml, mentor",
          "network/team.xhtml?id=1, team-leader",
          "network/tutor-proposals.xhtml, principal",
          "visits/request.xhtml, principal",
          "visits/school-visits.xhtml, principal",
          "visits/inbox.xhtml, team-leader",
          "visits/calendar.xhtml, expert",
          "visits/city-visits.xhtml, coordinator-helsinki",
          "plans/plan.xhtml?school=1, tutor",
          "plans/plan.xhtml?school=2, principal-sv",
          "plans/print.xhtml?school=2, principal-sv",
          "plans/log.xhtml, tutor",
          "plans/city-plans.xhtml, coordinator-helsinki",
          "plans/meetings.xhtml, mentor",
          "competence/credentials.xhtml, teacher",
          "competence/staff.xhtml, principal",
          "competence/staff.xhtml, principal-sv",
          "competence/staff.xhtml?school=1, admin",
          "competence/development-plans.xhtml, principal",
          "competence/development-plan.xhtml, teacher",
          "competence/development-plan.xhtml, principal-sv",
          "competence/catalogue.xhtml, teacher",
          "competence/catalogue.xhtml, admin",
          "competence/applications.xhtml, teacher",
          "competence/reviews.xhtml, reviewer",
          "reporting/survey.xhtml, teacher",
          "reporting/survey-results.xhtml?by=SCHOOL, coordinator-helsinki",
          "reporting/survey-results.xhtml?by=CITY, admin",
          "reporting/survey-rounds.xhtml, admin",
          "reporting/dashboard.xhtml, coordinator-helsinki",
          "reporting/dashboard.xhtml?by=SCHOOL_TYPE, admin",
          "courses/attendance.xhtml, team-leader",
          "courses/decisions.xhtml, team-leader",
          "courses/completions.xhtml, teacher",
          "courses/figures.xhtml, coordinator-helsinki");

  /**
   * The pages read in Swedish and English as well (in Finnish they are in {@link #PAGES}): the
   * contexts' own pages since the language tests were per context.
   */
  private static final List<String> PAGES_IN_EVERY_LANGUAGE =
      List.of(
          "reporting/survey.xhtml, teacher",
          "reporting/survey-results.xhtml?by=SCHOOL, coordinator-helsinki",
          "reporting/survey-rounds.xhtml, admin",
          "reporting/dashboard.xhtml?by=SCHOOL, coordinator-espoo",
          "courses/courses.xhtml, principal",
          "courses/course.xhtml?id=3, principal",
          "courses/my-courses.xhtml, principal",
          "courses/approvals.xhtml, principal",
          "courses/course.xhtml?id=1, team-leader",
          "courses/course-edit.xhtml?id=1, team-leader",
          "courses/participants.xhtml?id=1, team-leader",
          "courses/decisions.xhtml, team-leader",
          "courses/completions.xhtml, teacher",
          "courses/figures.xhtml, coordinator-helsinki",
          "feedback/discussions.xhtml, team-leader",
          "feedback/trends.xhtml, team-leader",
          "visits/triage.xhtml, team-leader",
          "library/items.xhtml, teacher",
          "library/item.xhtml?id=1, teacher",
          "library/item.xhtml?id=13, team-leader",
          "library/edit.xhtml, expert",
          "library/edit.xhtml?id=1, team-leader",
          "pilots/project.xhtml, principal",
          "pilots/project.xhtml?school=2, principal-sv",
          "pilots/project.xhtml?school=4, admin",
          "pilots/projects.xhtml, coordinator-helsinki",
          "pilots/rounds.xhtml, coordinator-helsinki",
          "pilots/evaluation.xhtml?school=4&round=1, admin");

  @Test
  @DisplayName(
      "Every page: no WCAG 2.1 AA violations, no sideways scrolling at 390 px and at 200 % zoom")
  void everyPageIsAccessible() {
    List<String> rows = new ArrayList<>(PAGES);
    rows.addAll(PAGES_IN_EVERY_LANGUAGE);
    assertEquals("", PageChecks.problems(pages(rows), (browser, page) -> problemsOn(browser)));
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName(
      "The contexts' pages in Swedish and English: no WCAG 2.1 AA violations of names, labels and"
          + " language, reflow")
  @ValueSource(strings = {"sv", "en"})
  void pagesInSwedishAndEnglish(String language) {
    assertEquals(
        "",
        PageChecks.problems(
            pages(PAGES_IN_EVERY_LANGUAGE),
            language,
            (browser, page) -> problemsOn(browser, language)));
  }

  private static List<PageChecks.PageAs> pages(List<String> rows) {
    return rows.stream().map(PageChecks.PageAs::parse).distinct().toList();
  }

  /** The checks themselves see what is wrong: a page made wrong on purpose fails both. */
  @Test
  @DisplayName("The checks find an image without a text, a pale text and a table that is too wide")
  void checksFindWhatIsWrong() {
    try (Browser anyone = new Browser()) {
      anyone.open(
          "data:text/html;charset=utf-8,<!DOCTYPE html><html lang='fi'><title>Väärin</title>"
              + "<body><main><h1>Väärin</h1><img src='x.png'>"
              + "<p style='color:%23ccc;background:%23fff'>Haalea teksti</p>"
              + "<table style='width:900px'><tr><td>leveä</td></tr></table></main></body></html>");
      String problems = problemsOn(anyone);
      assertTrue(problems.contains("image-alt"), problems);
      assertTrue(problems.contains("color-contrast"), problems);
      assertTrue(problems.contains("at 390 CSS px"), problems);
      String text = Axe.textViolations(anyone.driver());
      assertTrue(text.contains("image-alt"), "a missing text is a translation's fault: " + text);
      assertFalse(text.contains("color-contrast"), "a colour is not: " + text);
    }
  }

  /**
   * The public verification page of a badge credential, which has no fixed address (its id is
   * random): reached as its holder shares it, read without sign-in in fi, sv and en; and the
   * revocation page behind it, as an admin.
   */
  @Test
  @DisplayName("The public credential page and its revocation: no WCAG 2.1 AA violations")
  void credentialPagesAreAccessible() {
    String address = CredentialsPage.open(BROWSERS.of("teacher")).firstVerificationAddress();
    try (Browser anyone = new Browser()) {
      VerifyPage page = VerifyPage.at(anyone, address);
      for (String language : List.of("sv", "en", "fi")) {
        page.switchLanguage(language);
        anyone.waitUntil(
            d -> d.findElement(By.tagName("html")).getAttribute("lang").equals(language));
        assertEquals("", problemsOn(anyone, language), "verify page in " + language);
      }
    }
    Browser admin = BROWSERS.of("admin");
    VerifyPage.at(admin, address).revoke();
    assertEquals("", problemsOn(admin), "revoke page");
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName(
      "The competence pages in Finnish, Swedish and English: the teacher's badges, an application"
          + " asked more for with its evidence form, the reviewer's queue and decision")
  @ValueSource(strings = {"fi", "sv", "en"})
  void competencePagesInEveryLanguage(String language) {
    Browser teacher = BROWSERS.of("teacher");
    Browser reviewer = BROWSERS.of("reviewer");
    try {
      BadgesPage badges = BadgesPage.open(teacher);
      badges.switchLanguage(language);
      teacher.waitUntil(
          d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
      accessible(teacher, language, "applications in " + language);
      // The demo's application the reviewer asked more for: the form to add and send again.
      teacher.waitFor(By.xpath("//tr[contains(., '" + MORE_ASKED.get(language) + "')]//a")).click();
      teacher.waitFor(By.id("status"));
      accessible(teacher, language, "an application in " + language);

      ReviewsPage queue = ReviewsPage.open(reviewer);
      queue.switchLanguage(language);
      reviewer.waitUntil(
          d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
      accessible(reviewer, language, "reviews in " + language);
      reviewer.waitFor(By.xpath("//tr[contains(., 'Koivisto')]//a")).click();
      reviewer.waitFor(By.id("status"));
      accessible(reviewer, language, "a review in " + language);
    } finally {
      BadgesPage.open(teacher).switchLanguage("fi");
      ReviewsPage.open(reviewer).switchLanguage("fi");
    }
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("The admins' form for a new survey round in Finnish, Swedish and English")
  @ValueSource(strings = {"fi", "sv", "en"})
  void surveyRoundFormInEveryLanguage(String language) {
    try (Browser admin = Browser.signedIn("admin")) {
      inLanguage(admin, "reporting/survey-rounds.xhtml", language);
      if (admin.isPresent(By.id("roundsForm:create"))) {
        admin.clickAndWait(By.id("roundsForm:create"));
        admin.waitFor(By.id("round-form"));
      }
      accessible(admin, language, "a new survey round in " + language);
    }
  }

  /** How a course is named in the feedback discussions' list, by language. */
  private static final Map<String, String> COURSE =
      Map.of("fi", "kurssi", "sv", "kurs", "en", "course");

  @ParameterizedTest(name = "{0}")
  @DisplayName(
      "The feedback pages in Finnish, Swedish and English: the leader's discussions, a discussion"
          + " with its record form, the course's aggregate, the trends; the teacher's course form")
  @ValueSource(strings = {"fi", "sv", "en"})
  void feedbackPagesInEveryLanguage(String language) {
    Browser leader = BROWSERS.of("team-leader");
    Browser teacher = BROWSERS.of("teacher");
    try {
      inLanguage(leader, "feedback/discussions.xhtml", language);
      accessible(leader, language, "feedback discussions in " + language);
      // The demo's course under 3.5: its discussion leads on to the course's aggregate.
      leader.waitFor(By.xpath("//tr[contains(., '(" + COURSE.get(language) + ")')]//a")).click();
      leader.waitFor(By.id("state"));
      accessible(leader, language, "a feedback discussion in " + language);
      WebElement subject = leader.waitFor(By.cssSelector("a[href*='feedback-summary.xhtml']"));
      subject.click();
      leader.waitFor(By.id("answers"));
      accessible(leader, language, "a course's feedback in " + language);
      leader.open(PortalHttp.PORTAL + "feedback/trends.xhtml");
      accessible(leader, language, "feedback trends in " + language);

      inLanguage(teacher, "home.xhtml", language);
      teacher.waitFor(By.cssSelector("a[href*='courses/feedback.xhtml']")).click();
      teacher.waitFor(By.id("feedbackForm:sendFeedback"));
      accessible(teacher, language, "course feedback form in " + language);
    } finally {
      inLanguage(leader, "home.xhtml", "fi");
      inLanguage(teacher, "home.xhtml", "fi");
    }
  }

  private static void inLanguage(Browser browser, String page, String language) {
    browser.open(PortalHttp.PORTAL + page);
    browser.showIn(language);
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("The attendance list of the demo's held course in Finnish, Swedish and English")
  @ValueSource(strings = {"fi", "sv", "en"})
  void attendanceListInEveryLanguage(String language) {
    try (Browser leader = Browser.signedIn("team-leader")) {
      AttendancePage attendance = AttendancePage.open(leader);
      leader.showIn(language);
      attendance.firstCourse();
      accessible(leader, language, "attendance in " + language);
    }
  }

  /** What axe and the reflow checks find wrong on the shown page, or "". */
  private static String problemsOn(Browser browser) {
    return problems(Axe.violations(browser.driver()), browser);
  }

  /**
   * The same for a page shown in a language: in Swedish and English, whose pages are checked in
   * full in Finnish as well, axe runs only the rules a translation can break.
   */
  private static String problemsOn(Browser browser, String language) {
    return "fi".equals(language)
        ? problemsOn(browser)
        : problems(Axe.textViolations(browser.driver()), browser);
  }

  private static String problems(String axe, Browser browser) {
    return Stream.of(axe, Reflow.problemsWhenNarrow(browser))
        .filter(found -> !found.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  private static void accessible(Browser browser, String language, String what) {
    browser.heading();
    assertEquals("", problemsOn(browser, language), what);
  }
}
