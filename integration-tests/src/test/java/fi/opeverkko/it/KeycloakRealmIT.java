package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** What the Keycloak realm protects: password guessing, and disabled users. */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class KeycloakRealmIT {

  private static final int SHORT_TOKEN_SECONDS = 8;

  @Test
  @DisplayName("After five wrong passwords even the right one is refused for a while")
  void bruteForceProtectionLocksTheAccount() {
    KeycloakAdmin admin = new KeycloakAdmin();
    assertTrue(admin.realm().contains("\"bruteForceProtected\":true"));
    try {
      for (int attempt = 0; attempt < 5; attempt++) {
        PortalHttp guesser = new PortalHttp();
        assertLoginRefused(guesser, "wrong-" + attempt);
      }
      assertLoginRefused(new PortalHttp(), Browser.DEMO_PASSWORD);
    } finally {
      admin.clearLockout("digiagent");
    }
    assertTrue(PortalHttp.isSignedInPage(new PortalHttp().signIn("digiagent")));
  }

  private static void assertLoginRefused(PortalHttp client, String password) {
    try {
      client.submitLoginForm(client.authorizationUrl(), "digiagent", password);
    } catch (IllegalStateException refused) {
      return;
    }
    throw new AssertionError("digiagent signed in with password " + password);
  }

  @Test
  @DisplayName("A user disabled in Keycloak loses access to the portal when their token runs out")
  void disabledUserLosesAccess() throws InterruptedException {
    KeycloakAdmin admin = new KeycloakAdmin();
    // The realm promises "within a minute"; the test shortens the token's life so it need not
    // wait that minute out, and restores it after.
    assertTrue(admin.realm().contains("\"accessTokenLifespan\":60"), "realm token lifespan");
    admin.setAccessTokenLifespan(SHORT_TOKEN_SECONDS);
    PortalHttp mentor = new PortalHttp();
    try {
      assertTrue(PortalHttp.isSignedInPage(mentor.signIn("mentor")));
      long disabledAt = System.nanoTime();
      admin.setEnabled("mentor", false);
      boolean stillIn = true;
      while (stillIn
          && System.nanoTime() - disabledAt < 3L * SHORT_TOKEN_SECONDS * 1_000_000_000L) {
        HttpResponse<String> page = mentor.get(PortalHttp.PORTAL + "home.xhtml");
        stillIn = PortalHttp.isSignedInPage(page);
        if (stillIn) {
          Thread.sleep(1_000);
        }
      }
      long seconds = (System.nanoTime() - disabledAt) / 1_000_000_000L;
      System.out.println("Disabled user lost access after " + seconds + " s");
      assertFalse(stillIn, "still signed in " + seconds + " s after being disabled");
    } finally {
      admin.setEnabled("mentor", true);
      admin.setAccessTokenLifespan(60);
    }
  }
}
