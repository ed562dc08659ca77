package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 18's budget of memory per user: after twenty page views the user's HTTP session (Faces
 * views kept on the server included) serializes to at most 200 KB, measured by the portal itself
 * ({@code /session-size}, the tests' server runs in the measuring mode). A size, not a time: it
 * does not depend on the machine, and the same bytes are what a cluster node ships to the other.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class SessionBudgetIT {

  private static final int SESSION_BUDGET_BYTES = 200 * 1024;
  private static final int NAVIGATIONS = 20;
  private static final List<String> PAGES =
      List.of(
          "home.xhtml",
          "visits/school-visits.xhtml",
          "visits/request.xhtml",
          "plans/plan.xhtml?school=1",
          "competence/staff.xhtml",
          "courses/my-courses.xhtml");

  @Test
  @DisplayName("A principal's session stays within 200 KB after twenty page views")
  void sessionStaysSmall() {
    PortalHttp principal = new PortalHttp();
    assertTrue(PortalHttp.isSignedInPage(principal.signIn("principal")), "principal signed in");
    for (int view = 0; view < NAVIGATIONS; view++) {
      String page = PAGES.get(view % PAGES.size());
      assertEquals(200, principal.get(PortalHttp.PORTAL + page).statusCode(), page);
    }
    HttpResponse<String> size = principal.get(PortalHttp.PORTAL + "session-size");
    assertEquals(200, size.statusCode(), "the session serializes: " + size.body());
    long bytes = Long.parseLong(size.body().trim());
    String attributes = principal.get(PortalHttp.PORTAL + "session-size?list").body();
    System.out.println(
        "Session after " + NAVIGATIONS + " views: " + bytes + " bytes\n" + attributes);
    assertTrue(
        bytes <= SESSION_BUDGET_BYTES,
        "session of " + bytes + " bytes, over " + SESSION_BUDGET_BYTES + ":\n" + attributes);
  }
}
