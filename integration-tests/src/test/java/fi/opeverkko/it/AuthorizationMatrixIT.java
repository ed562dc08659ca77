package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Walks the authorization table (authorization-matrix.csv) with real logins against the running
 * portal: every probe must get exactly the status the table expects. A 200 where 403 is expected is
 * a leak; a 403 where 200 is expected is a lockout. Both fail the test.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class AuthorizationMatrixIT {

  private record Probe(String login, String path, int expected) {}

  @Test
  @DisplayName("Every role gets exactly what the authorization table says on every page and scope")
  void walkTheMatrix() throws IOException {
    List<Probe> probes = readMatrix();
    Map<String, PortalHttp> sessions = new HashMap<>();
    List<String> leaks = new ArrayList<>();
    List<String> lockouts = new ArrayList<>();

    for (Probe probe : probes) {
      PortalHttp client =
          sessions.computeIfAbsent(
              probe.login(),
              login -> {
                PortalHttp signedIn = new PortalHttp();
                assertEquals(200, signedIn.signIn(login).statusCode(), login + " cannot sign in");
                return signedIn;
              });
      HttpResponse<String> response = client.get(PortalHttp.PORTAL + probe.path());
      int status = response.statusCode();
      if (status != probe.expected()) {
        String line = probe + " got " + status;
        (status == 200 ? leaks : lockouts).add(line);
      }
    }

    System.out.printf(
        "Authorization matrix: %d leaks, %d lockouts of %d probes%n",
        leaks.size(), lockouts.size(), probes.size());
    assertTrue(probes.size() >= 50, "the table shrank: " + probes.size());
    assertEquals(List.of(), leaks, "leaks");
    assertEquals(List.of(), lockouts, "lockouts");
  }

  /** Every page's address from before the pages lived by context, and its address now. */
  private static final Map<String, String> MOVED =
      Map.ofEntries(
          Map.entry("coordinator/city.xhtml", "network/city.xhtml"),
          Map.entry("coordinator/coverage.xhtml", "network/coverage.xhtml"),
          Map.entry("coordinator/import.xhtml", "network/import.xhtml"),
          Map.entry("coordinator/people.xhtml", "network/people.xhtml"),
          Map.entry("coordinator/person.xhtml", "network/person.xhtml"),
          Map.entry("coordinator/school.xhtml", "network/school.xhtml"),
          Map.entry("coordinator/school-edit.xhtml", "network/school-edit.xhtml"),
          Map.entry("principal/tutors.xhtml", "network/tutor-proposals.xhtml"),
          Map.entry("team.xhtml", "network/team.xhtml"),
          Map.entry("teams.xhtml", "network/teams.xhtml"),
          Map.entry("coordinator/visits.xhtml", "visits/city-visits.xhtml"),
          Map.entry("visits/school.xhtml", "visits/school-visits.xhtml"),
          Map.entry("visits/team.xhtml", "visits/inbox.xhtml"),
          Map.entry("coordinator/plans.xhtml", "plans/city-plans.xhtml"),
          Map.entry("network/meetings.xhtml", "plans/meetings.xhtml"),
          Map.entry("plans/index.xhtml", "plans/my-plans.xhtml"));

  @Test
  @DisplayName(
      "An old address answers 301 to its page's new address, query kept, with nothing of the page,"
          + " signed in or not; the new address then decides who may open it")
  void oldAddressesMovePermanently() {
    PortalHttp tutor = new PortalHttp();
    assertEquals(200, tutor.signIn("tutor").statusCode());
    PortalHttp signedOut = new PortalHttp();
    String query = "?id=1&city=HELSINKI";
    MOVED.forEach(
        (old, moved) -> {
          for (PortalHttp client : List.of(tutor, signedOut)) {
            HttpResponse<String> response = client.get(PortalHttp.PORTAL + old + query);
            assertAll(
                old,
                () -> assertEquals(301, response.statusCode()),
                () ->
                    assertEquals(PortalHttp.PORTAL + moved + query, PortalHttp.location(response)),
                () -> assertEquals("", response.body()));
          }
        });
    HttpResponse<String> refused =
        tutor.follow(tutor.get(PortalHttp.PORTAL + "coordinator/city.xhtml"));
    assertEquals(PortalHttp.PORTAL + "network/city.xhtml", refused.uri().toString());
    assertEquals(403, refused.statusCode());
  }

  private static final Pattern APPLICATION_LINK =
      Pattern.compile("application\\.xhtml\\?id=(\\d+)");

  /** The status of an application the reviewer asked more for, in whichever language it shows. */
  private static final Pattern MORE_ASKED =
      Pattern.compile("Lisää näyttöä pyydetty|Mer belägg begärt|More evidence asked for");

  private static final Pattern EVIDENCE_LINK =
      Pattern.compile("href=\"/(competence/evidence/\\d+/\\d+)\"");

  @Test
  @DisplayName(
      "An evidence file goes only to its teacher, its reviewer and admins, and only as a download"
          + " under its clean name; principals, coordinators and others get 403, a wrong file 404")
  void evidenceOnlyToItsReaders() {
    PortalHttp teacher = signedIn("teacher");
    String file = demoEvidenceFile(teacher);
    for (String reader : List.of("reviewer", "admin")) {
      assertEquals(200, signedIn(reader).get(PortalHttp.PORTAL + file).statusCode(), reader);
    }
    HttpResponse<String> download = teacher.get(PortalHttp.PORTAL + file);
    assertAll(
        () -> assertEquals(200, download.statusCode()),
        () -> assertEquals("application/pdf", download.headers().firstValue("Content-Type").get()),
        () ->
            assertTrue(
                download
                    .headers()
                    .firstValue("Content-Disposition")
                    .orElse("")
                    .startsWith("attachment; filename=\"Tuntisuunnitelma.pdf\""),
                download.headers().toString()),
        () ->
            assertEquals(
                "nosniff", download.headers().firstValue("X-Content-Type-Options").orElse("")),
        () -> assertTrue(download.body().startsWith("%PDF")));
    for (String outsider : List.of("principal", "coordinator-helsinki", "tutor")) {
      assertEquals(403, signedIn(outsider).get(PortalHttp.PORTAL + file).statusCode(), outsider);
    }
    String otherFile = file.replaceFirst("/\\d+$", "/999999999");
    assertEquals(404, teacher.get(PortalHttp.PORTAL + otherFile).statusCode());
  }

  /**
   * The demo's evidence file, found as the teacher finds it: from their applications' pages, on the
   * one the reviewer asked more for (the browser walk may have given the teacher others by now).
   */
  private static String demoEvidenceFile(PortalHttp teacher) {
    String list = teacher.get(PortalHttp.PORTAL + "competence/applications.xhtml").body();
    String moreAsked =
        Arrays.stream(list.split("<tr"))
            .filter(row -> MORE_ASKED.matcher(row).find())
            .collect(Collectors.joining());
    Matcher applications = APPLICATION_LINK.matcher(moreAsked);
    while (applications.find()) {
      String page =
          teacher
              .get(PortalHttp.PORTAL + "competence/application.xhtml?id=" + applications.group(1))
              .body();
      Matcher file = EVIDENCE_LINK.matcher(page);
      if (file.find()) {
        return file.group(1);
      }
    }
    throw new AssertionError("the teacher login has no application with a file:\n" + list);
  }

  private static final Pattern DISCUSSION_LINK = Pattern.compile("discussion\\.xhtml\\?id=(\\d+)");

  private static final Pattern SUMMARY_LINK =
      Pattern.compile("feedback-summary\\.xhtml\\?course=(\\d+)");

  @Test
  @DisplayName(
      "A feedback discussion opens to its team's leader (who records it), not to another team's"
          + " leader nor a teacher; a course's aggregate to its organisers, not to a teacher")
  void feedbackDiscussionsStayInTheirTeam() {
    PortalHttp leader = signedIn("team-leader");
    Set<String> own = ids(DISCUSSION_LINK, leader, "feedback/discussions.xhtml");
    Set<String> every = ids(DISCUSSION_LINK, signedIn("admin"), "feedback/discussions.xhtml");
    Set<String> others = new TreeSet<>(every);
    others.removeAll(own);
    assertFalse(own.isEmpty(), "the demo's Learning environments course has an open discussion");
    assertFalse(others.isEmpty(), "the demo's STEAM visit and central unit's course have theirs");
    PortalHttp teacher = signedIn("teacher");
    for (String id : own) {
      String page = "feedback/discussion.xhtml?id=" + id;
      HttpResponse<String> response = leader.get(PortalHttp.PORTAL + page);
      assertEquals(200, response.statusCode(), page);
      assertEquals(403, teacher.get(PortalHttp.PORTAL + page).statusCode(), page);
      Matcher course = SUMMARY_LINK.matcher(response.body());
      if (course.find()) {
        String summary = "courses/feedback-summary.xhtml?course=" + course.group(1);
        assertEquals(200, leader.get(PortalHttp.PORTAL + summary).statusCode(), summary);
        assertEquals(403, teacher.get(PortalHttp.PORTAL + summary).statusCode(), summary);
      }
    }
    for (String id : others) {
      String page = "feedback/discussion.xhtml?id=" + id;
      assertEquals(403, leader.get(PortalHttp.PORTAL + page).statusCode(), page);
    }
  }

  private static Set<String> ids(Pattern link, PortalHttp client, String page) {
    Matcher found = link.matcher(client.get(PortalHttp.PORTAL + page).body());
    Set<String> ids = new TreeSet<>();
    while (found.find()) {
      ids.add(found.group(1));
    }
    return ids;
  }

  private static PortalHttp signedIn(String login) {
    PortalHttp client = new PortalHttp();
    assertEquals(200, client.signIn(login).statusCode(), login + " cannot sign in");
    return client;
  }

  /** login;path;status, where the path may hold separators of its own (a path parameter). */
  private static Probe probe(String line) {
    int first = line.indexOf(';');
    int last = line.lastIndexOf(';');
    return new Probe(
        line.substring(0, first),
        line.substring(first + 1, last),
        Integer.parseInt(line.substring(last + 1)));
  }

  private static List<Probe> readMatrix() throws IOException {
    try (InputStream in =
        AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(AuthorizationMatrixIT::probe)
          .toList();
    }
  }
}
