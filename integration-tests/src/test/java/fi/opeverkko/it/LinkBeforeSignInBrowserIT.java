package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.PlanPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

/** A link from an email, opened before signing in, leads to its page once signed in. */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class LinkBeforeSignInBrowserIT {

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  @DisplayName("A plan link opened signed out lands on that plan after the Keycloak login")
  void planLinkSurvivesTheLogin() {
    String link = PlanPage.link(1);
    browser.open(link);
    browser.logInOnKeycloak("principal");
    browser.waitUntil(d -> PlanPage.isAt(d.getCurrentUrl()));
    browser.waitFor(By.id("main"));

    assertEquals(link, browser.driver().getCurrentUrl());
    assertEquals(200, browser.status());
    assertTrue(
        browser.driver().getTitle().contains("Kallion peruskoulu"), browser.driver().getTitle());
  }
}
