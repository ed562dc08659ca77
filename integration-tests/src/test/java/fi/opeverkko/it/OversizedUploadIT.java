package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.platform.FileRules;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A file larger than the server reads at all (the browser's own check passed by, as a script or an
 * old browser may): the user is sent back to the form's page, which says why, and nothing is saved.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class OversizedUploadIT {

  private static final Pattern BADGE_OPTION = Pattern.compile("<option value=\"(\\d+)\"");

  @Test
  @DisplayName("A file far over the limit: back to the form's page with a message, nothing saved")
  void tooLargeAFileIsRefusedInWords() {
    PortalHttp teacher = new PortalHttp();
    teacher.signIn("teacher");
    HttpResponse<String> form = teacher.get(PortalHttp.PORTAL + "competence/applications.xhtml");
    String applicationsBefore = applicationsTable(form);

    HttpResponse<String> refused =
        teacher.upload(
            form,
            "applyForm",
            "send",
            Map.of("applyForm:badge_input", firstBadge(form), "applyForm:description", "Video"),
            "applyForm:files",
            "video.pdf",
            new byte[2 * FileRules.MAX_BYTES]);

    assertTrue(PortalHttp.isRedirect(refused), "answered " + refused.statusCode());
    HttpResponse<String> back = teacher.follow(refused);
    assertEquals(200, back.statusCode());
    assertEquals(form.uri(), back.uri(), "back on the form's page");
    assertTrue(
        back.body().contains("Tiedostoja ei lähetetty: jokin niistä on suurempi kuin 10 Mt."),
        "the page says why");
    assertEquals(applicationsBefore, applicationsTable(back), "nothing saved");
    assertFalse(
        teacher
            .get(PortalHttp.PORTAL + "competence/applications.xhtml")
            .body()
            .contains("Tiedostoja ei lähetetty"),
        "said once");
  }

  /** The first badge the form offers. */
  private static String firstBadge(HttpResponse<String> page) {
    Matcher option = BADGE_OPTION.matcher(page.body());
    assertTrue(option.find(), "a badge to apply for");
    return option.group(1);
  }

  /** The teacher's applications as the page lists them. */
  private static String applicationsTable(HttpResponse<String> page) {
    String body = page.body();
    int start = body.indexOf("id=\"applicationsForm:applications\"");
    assertTrue(start >= 0, "the applications' table");
    return body.substring(start, body.indexOf("</table>", start));
  }
}
