package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The portal's shell as people use it: real Keycloak login, home per role, language, 403, logout.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class PortalShellIT {

  /** The EAR's web module has the root context; Keycloak only redirects back to localhost:8080. */
  private static final String PORTAL = "http://localhost:8080/";

  /** A browser of its own for a test of signing in, else one signed in before, as the login. */
  private Browser browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** A new browser, for a test of signing in or of what it changes in the session. */
  private void signInAnew(String login) {
    browser = new Browser();
    browser.signIn(PORTAL, login);
  }

  /** A browser signed in as the login, maybe one a test before left so (a test of what it sees). */
  private void signedIn(String login) {
    browser = Browser.signedIn(login);
  }

  @Test
  @DisplayName(
      "A principal signs in on the Keycloak page and lands on a home page with their school")
  void principalSeesTheirSchool() {
    signInAnew("principal");

    assertEquals("Etusivu", browser.heading());
    assertEquals("Paula Rehtori", browser.text(By.id("person-name")));
    assertTrue(browser.text(By.id("person-roles")).contains("Rehtori"));
    assertEquals("Kallion peruskoulu", browser.text(By.cssSelector(".school-card .school-name")));
    String staff = browser.text(By.cssSelector(".school-card .staff-table"));
    assertTrue(staff.contains("Tuomas Tutor"), staff);
    assertTrue(staff.contains("Tutoropettaja"), staff);
  }

  @Test
  @DisplayName("Switching to Swedish shows Swedish text, and the choice is remembered")
  void languageSwitchToSwedish() {
    signInAnew("principal");

    browser.driver().findElement(By.cssSelector("#language [data-lang='sv']")).click();
    browser.waitUntil(d -> "sv".equals(d.findElement(By.tagName("html")).getAttribute("lang")));

    assertEquals("Startsida", browser.heading());
    assertEquals("Berghälls grundskola", browser.text(By.cssSelector(".school-card .school-name")));
    assertTrue(browser.text(By.id("person-roles")).contains("Rektor"));
    Cookie remembered = browser.driver().manage().getCookieNamed("opeverkko-lang");
    assertEquals("sv", remembered.getValue());

    browser.open(PORTAL + "network/teams.xhtml");
    assertEquals("Expertteam", browser.heading());
  }

  @Test
  @DisplayName("A client that states no language (no Accept-Language) is answered in Finnish")
  void noStatedLanguageMeansFinnish() {
    String home = new PortalHttp().signIn("principal").body();
    assertTrue(home.contains("lang=\"fi\""), home);
    assertTrue(home.contains("Kirjaudu ulos"), home);
  }

  @Test
  @DisplayName("A tutor sees no coordinator menu and gets 403 on a coordinator page")
  void tutorIsRefusedCoordinatorPages() {
    signedIn("tutor");

    assertTrue(browser.isPresent(By.id("nav-teams")));
    assertFalse(browser.isPresent(By.id("nav-city")), "tutor must not see the city overview");

    browser.open(PORTAL + "network/city.xhtml");
    assertEquals(403, browser.status());
    assertEquals("Ei käyttöoikeutta", browser.heading());
    String shown = browser.text(By.tagName("body"));
    assertFalse(shown.contains("Exception") || shown.contains("fi.opeverkko"), shown);
  }

  @Test
  @DisplayName("A coordinator sees their city, and is refused another city's overview")
  void coordinatorSeesOwnCityOnly() {
    signedIn("coordinator-espoo");

    browser.driver().findElement(By.id("nav-city")).click();
    browser.waitUntil(d -> d.findElement(By.cssSelector("main h1")).getText().contains("Espoo"));
    long activeSchools =
        Long.parseLong(browser.text(By.id("active-schools")).replaceAll("\\D", ""));
    assertTrue(activeSchools > 20, "Espoo's active schools: " + activeSchools);
    assertTrue(browser.isPresent(By.cssSelector("#schoolsForm\\:schools .ui-paginator")));

    browser.open(PORTAL + "network/city.xhtml?city=VANTAA");
    assertEquals(403, browser.status());
  }

  @Test
  @DisplayName("Signing out ends the Keycloak session too: the login page is back")
  void signOutReturnsToLogin() {
    signInAnew("principal");

    browser.driver().findElement(By.id("signOut:signOutButton")).click();
    browser.waitFor(By.id("username"));

    browser.open(PORTAL + "home.xhtml");
    browser.waitFor(By.id("username"));
    assertTrue(browser.driver().getCurrentUrl().startsWith("http://localhost:8180/"));
  }

  @Test
  @DisplayName("An unknown page gets the portal's own 404 page")
  void unknownPageGets404() {
    signedIn("principal");

    browser.open(PORTAL + "no-such-page.xhtml");
    assertEquals(404, browser.status());
    assertEquals("Sivua ei löytynyt", browser.heading());
  }
}
