package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The library in the browser: an expert publishes an item with a file by keyboard; a teacher finds
 * it by a word and the area's filter, opens it and downloads the file (a download only, its bytes
 * as uploaded); the expert withdraws it, and the search no longer finds it.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class LibraryBrowserIT {

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private static final String AREA = "Oppiminen koulun ulkopuolella";

  @Test
  @DisplayName("Published by keyboard, found by a word and a filter, opened, downloaded, withdrawn")
  void publishFindOpenDownload() throws IOException {
    String word = "kirjasto" + UUID.randomUUID().toString().substring(0, 8);
    String itemUrl;
    try (Browser expert = Browser.signedIn("expert")) {
      expert.open(PortalHttp.PORTAL + "library/edit.xhtml");
      Keyboard keys = new Keyboard(expert);
      keys.tabTo("itemForm:texts:0:title").sendKeys("Pihaseikkailu " + word);
      keys.tabTo("itemForm:texts:0:summary").sendKeys("Koulun pihan tehtävärata " + word);
      keys.tabTo("itemForm:area_focus");
      for (int option = 0; option < 5; option++) {
        keys.press(Keys.ARROW_DOWN);
      }
      keys.tabTo("itemForm:subject").sendKeys("Ympäristöoppi");
      Path file = Files.createTempFile("tehtavarata", ".pdf");
      Files.write(file, PDF);
      expert.driver().findElement(By.id("itemForm:files")).sendKeys(file.toString());
      keys.tabTo("itemForm:save").sendKeys(Keys.ENTER);
      expert.waitUntil(d -> d.getCurrentUrl().contains("library/item.xhtml"));
      assertEquals("Pihaseikkailu " + word, expert.heading());
      assertTrue(expert.text(By.id("area")).contains(AREA), expert.text(By.id("area")));
      itemUrl = expert.driver().getCurrentUrl();
      Files.delete(file);
    }

    try (Browser teacher = Browser.signedIn("teacher")) {
      teacher.open(PortalHttp.PORTAL + "library/items.xhtml");
      Keyboard keys = new Keyboard(teacher);
      keys.tabTo("itemsForm:text").sendKeys(word);
      keys.tabTo("itemsForm:area_focus");
      for (int option = 0; option < 5; option++) {
        keys.press(Keys.ARROW_DOWN);
      }
      keys.tabTo("itemsForm:search").sendKeys(Keys.ENTER);
      teacher.waitForAjax();
      keys.tabTo("the found item", element -> element.getText().contains(word))
          .sendKeys(Keys.ENTER);
      teacher.waitUntil(d -> d.getCurrentUrl().contains("library/item.xhtml"));
      assertEquals("Pihaseikkailu " + word, teacher.heading());
      assertTrue(teacher.text(By.id("itemForm:licence")).startsWith("CC BY 4.0"));
      String href = teacher.waitFor(By.cssSelector("#files a.file-link")).getAttribute("href");
      HttpResponse<byte[]> download = download(teacher, href);
      assertEquals(200, download.statusCode());
      assertTrue(
          download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
      assertArrayEquals(PDF, download.body());
    }

    try (Browser expert = Browser.signedIn("expert")) {
      expert.open(itemUrl);
      expert.waitFor(By.id("itemForm:withdraw")).click();
      expert.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
      expert.waitUntil(d -> d.getCurrentUrl().contains("library/items.xhtml"));
      Keyboard keys = new Keyboard(expert);
      keys.tabTo("itemsForm:text").sendKeys(word);
      keys.tabTo("itemsForm:search").sendKeys(Keys.ENTER);
      expert.waitForAjax();
      assertTrue(
          expert.driver().findElements(By.partialLinkText(word)).isEmpty(),
          "a withdrawn item is not found");
    }
  }

  /** The file at the address, fetched in the browser's signed-in session. */
  private static HttpResponse<byte[]> download(Browser browser, String href) {
    String cookies =
        browser.driver().manage().getCookies().stream()
            .map(cookie -> cookie.getName() + "=" + cookie.getValue())
            .collect(Collectors.joining("; "));
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
