package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.BadgeApplicationPage;
import fi.opeverkko.it.pages.BadgesPage;
import fi.opeverkko.it.pages.CredentialsPage;
import fi.opeverkko.it.pages.Menu;
import fi.opeverkko.it.pages.VerifyPage;
import fi.opeverkko.platform.FileRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
      // A file over the limit is refused as soon as it is chosen, before its upload.
      Path video = Files.write(dir.resolve("Video.pdf"), new byte[FileRules.MAX_BYTES + 1]);
      String refused = Menu.of(teacher).badges().attach(video).fileProblem();
      assertTrue(refused.contains("Video.pdf") && refused.contains("10 Mt"), refused);

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

      // 12 MB of files in one request, each within the limit: the server once refused a request
      // over 10 MB with the browser's own "HTTP ERROR 400".
      BadgeApplicationPage sent =
          badges
              .attach(plan, bulkyPdf(dir, "Tuntikuvaus A.pdf"), bulkyPdf(dir, "Tuntikuvaus B.pdf"))
              .send()
              .awaitStatus("Lähetetty");
      assertEquals(
          Set.of("Tuntisuunnitelma.pdf", "Tuntikuvaus A.pdf", "Tuntikuvaus B.pdf"),
          sent.files().stream().map(WebElement::getText).collect(Collectors.toSet()));

      BadgeApplicationPage review =
          Menu.of(reviewer).reviews().openApplication(reviewed).awaitStatus("Lähetetty");
      review.askMore();
      assertTrue(review.error().contains("kommentti"), review.error());
      review.comment(ASKED).askMore().awaitStatus("Lisää näyttöä pyydetty");

      BadgeApplicationPage answer = Menu.of(teacher).badges().openApplication(reviewed);
      assertTrue(answer.askedFor().contains(ASKED), answer.askedFor());
      citesALibraryItem(teacher, answer.id());
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

  /** A PDF of 6 MB. */
  private static Path bulkyPdf(Path dir, String name) throws IOException {
    byte[] content = new byte[6 * 1024 * 1024];
    Arrays.fill(content, (byte) ' ');
    System.arraycopy(PDF, 0, content, 0, PDF.length);
    return Files.write(dir.resolve(name), content);
  }

  /**
   * The teacher cites a library item, opens the application again (its remove button beside the
   * item once broke the page for good) and takes the citation back.
   */
  private static void citesALibraryItem(Browser teacher, long applicationId) {
    teacher.open(PortalHttp.PORTAL + "library/items.xhtml");
    WebElement item = teacher.waitFor(By.cssSelector("a[href*='library/item.xhtml?id=']"));
    String title = item.getText();
    String address = item.getAttribute("href");
    BadgeApplicationPage.open(teacher, applicationId).cite(address);
    BadgeApplicationPage again = BadgeApplicationPage.open(teacher, applicationId);
    assertEquals(200, again.httpStatus());
    assertEquals(List.of(title), again.citedItems());
    assertEquals(List.of(), again.uncite(title).citedItems());
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
