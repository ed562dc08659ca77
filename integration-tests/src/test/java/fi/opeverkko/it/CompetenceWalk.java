package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.BadgeApplicationPage;
import fi.opeverkko.it.pages.BadgesPage;
import fi.opeverkko.it.pages.CredentialsPage;
import fi.opeverkko.it.pages.Menu;
import fi.opeverkko.it.pages.VerifyPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link CompetenceBrowserIT}'s walk in two browsers, each signed in once: the teacher's and the
 * reviewer's; and the credential's public page in a third, signed in as nobody.
 */
final class CompetenceWalk {

  static final String TEACHER = "teacher";
  static final String REVIEWER = "reviewer";

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1
  };
  private static final String ASKED = "Lisää kuva oppilaiden työstä.";

  private CompetenceWalk() {}

  static void walk(Path dir) throws IOException {
    Path plan = Files.write(dir.resolve("Tuntisuunnitelma.pdf"), PDF);
    Path picture = Files.write(dir.resolve("Oppilaiden työ.png"), PNG);
    Path notAPicture =
        Files.write(dir.resolve("kuva.png"), "<html><script>".getBytes(StandardCharsets.UTF_8));
    try (Browser teacher = Browser.signedIn(TEACHER);
        Browser reviewer = Browser.signedIn(REVIEWER)) {
      BadgesPage badges = Menu.of(teacher).badges();
      String label = badges.offeredBadge("Selainkävely");
      String applied = label.substring(label.indexOf(": ") + 2);
      String reviewed = applied.replaceFirst(" A$", " B");
      badges.chooseBadge(label).chosen().awaitContaining("Käyttää digitaalista työkalua");
      badges
          .describe("Oppilaat tekivät tunnilla yhteisen dokumentin.")
          .links("https://oppimisalusta.example/projekti")
          .attach(notAPicture)
          .trySend();
      assertTrue(badges.error().contains("kuva.png"), badges.error());
      assertFalse(badges.applications().text().contains(applied), "nothing half-saved");

      BadgeApplicationPage sent = badges.attach(plan).send().awaitStatus("Lähetetty");
      assertEquals(1, sent.files().size());
      assertEquals("Tuntisuunnitelma.pdf", sent.files().get(0).getText());

      BadgeApplicationPage review =
          Menu.of(reviewer).reviews().openApplication(reviewed).awaitStatus("Lähetetty");
      review.askMore();
      assertTrue(review.error().contains("kommentti"), review.error());
      review.comment(ASKED).askMore().awaitStatus("Lisää näyttöä pyydetty");

      BadgeApplicationPage answer = Menu.of(teacher).badges().openApplication(reviewed);
      assertTrue(answer.askedFor().contains(ASKED), answer.askedFor());
      answer
          .addToDescription("Liitteenä kuva oppilaiden työstä.")
          .attach(picture)
          .resend()
          .awaitStatus("Lähetetty");
      assertEquals("Oppilaiden työ.png", answer.files().get(0).getText());

      BadgeApplicationPage decision =
          BadgeApplicationPage.open(reviewer, answer.id()).grant().awaitStatus("Myönnetty");
      assertEquals(4, decision.historyLines(), "sent, more asked, sent again, granted");

      Menu.of(teacher).badges().granted().awaitContaining(reviewed);
      String address = CredentialsPage.open(teacher).verificationAddressOf(reviewed);
      assertEquals("VALID", publicState(address, "Voimassa"));

      // The reviewer, a member of the granting community, revokes it: the same address says so.
      assertEquals(
          "Mitätöity",
          VerifyPage.at(reviewer, address).revoke().revoke("Testi: mitätöity").state());
      assertEquals("REVOKED", publicState(address, "Mitätöity"));
    }
  }

  /**
   * The state the public verification page shows to someone not signed in (who is not sent to sign
   * in), checked against the verdict's words in Finnish.
   */
  private static String publicState(String address, String verdict) {
    try (Browser anyone = new Browser()) {
      VerifyPage page = VerifyPage.at(anyone, address);
      assertTrue(page.verdict().startsWith(verdict), page.verdict());
      assertFalse(page.showsSignedInUser(), "nobody signed in");
      assertTrue(anyone.driver().getCurrentUrl().startsWith(address), "no sign-in on the way");
      return page.state();
    }
  }
}
