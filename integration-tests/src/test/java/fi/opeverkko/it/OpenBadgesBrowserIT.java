package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.CredentialsPage;
import fi.opeverkko.it.pages.VerifyPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A badge credential's public page in the browser: the demo teacher shares its address, anyone
 * opens it without signing in and sees it valid; an admin revokes it, and the same page says
 * revoked.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class OpenBadgesBrowserIT {

  @Test
  @DisplayName("The public page says valid without sign-in, and revoked after an admin revokes")
  void validThenRevoked() {
    String address;
    try (Browser teacher = Browser.signedIn("teacher")) {
      address = CredentialsPage.open(teacher).firstVerificationAddress();
    }
    assertTrue(address.contains("/competence/verify.xhtml?id="), address);

    try (Browser anyone = new Browser()) {
      VerifyPage page = VerifyPage.at(anyone, address);
      assertEquals("VALID", page.state());
      assertTrue(page.verdict().startsWith("Voimassa"), page.verdict());
      assertFalse(page.showsSignedInUser(), "nobody signed in");
      assertTrue(anyone.driver().getCurrentUrl().startsWith(address), "no sign-in on the way");
    }

    try (Browser admin = Browser.signedIn("admin")) {
      String state = VerifyPage.at(admin, address).revoke().revoke("Testi: mitätöity").state();
      assertEquals("Mitätöity", state);
    }

    try (Browser anyone = new Browser()) {
      VerifyPage page = VerifyPage.at(anyone, address);
      assertEquals("REVOKED", page.state());
      assertTrue(page.verdict().startsWith("Mitätöity"), page.verdict());
    }
  }
}
