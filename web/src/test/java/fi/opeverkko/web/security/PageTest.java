package fi.opeverkko.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PageTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  private static SignedInUser userWith(PortalRole... roles) {
    return new SignedInUser("someone", 1L, "Some One", Set.of(roles), null, Set.of(), Set.of());
  }

  @Test
  void coordinatorPagesAreRestricted() {
    assertEquals(Optional.of(Page.CITY), Page.restrictedPageOf("/network/city.xhtml"));
    assertEquals(Optional.of(Page.CITY), Page.restrictedPageOf("/visits/city-visits.xhtml"));
    assertEquals(Optional.of(Page.CITY), Page.restrictedPageOf("/plans/city-plans.xhtml"));
    assertEquals(Optional.empty(), Page.restrictedPageOf("/home.xhtml"));
    assertEquals(Optional.empty(), Page.restrictedPageOf("/network/teams.xhtml"));
    assertEquals(Optional.empty(), Page.restrictedPageOf("/network/team.xhtml"));
    assertEquals(Optional.empty(), Page.restrictedPageOf("/visits/inbox.xhtml"));
  }

  @Test
  void everySpellingOfARestrictedPageIsThatPage() {
    for (String path :
        List.of(
            "/network;a=b/tutor-proposals.xhtml",
            "/network/;a=b/tutor-proposals.xhtml",
            "/network/tutor-proposals.xhtml;a=b",
            "//network/tutor-proposals.xhtml",
            "/network//tutor-proposals.xhtml",
            "/network%2Ftutor-proposals.xhtml",
            "/network%2ftutor-proposals.xhtml",
            "/./network/tutor-proposals.xhtml",
            "/home/../network/tutor-proposals.xhtml",
            "/Network/tutor-proposals.xhtml",
            "/NETWORK/TUTOR-PROPOSALS.XHTML",
            "/network\\tutor-proposals.xhtml",
            "/network/tutor-proposals.xhtml/")) {
      assertEquals(Optional.of(Page.TUTOR_PROPOSALS), Page.restrictedPageOf(path), path);
    }
    assertEquals(Optional.of(Page.AUDIT), Page.restrictedPageOf("/admin;x=y/audit.xhtml"));
    assertEquals(Optional.of(Page.AUDIT), Page.restrictedPageOf("/admin/"));
    assertEquals(Optional.of(Page.AUDIT), Page.restrictedPageOf("/admin"));
    assertEquals(Optional.of(Page.CITY), Page.restrictedPageOf("/network;x=y/city.xhtml"));
    assertEquals(Optional.of(Page.MENTORS), Page.restrictedPageOf("/plans;x=y/meetings.xhtml"));
  }

  @Test
  void pagesOutsideTheRestrictedOnesStayOpen() {
    assertEquals(Optional.empty(), Page.restrictedPageOf("/admins.xhtml"));
    assertEquals(Optional.empty(), Page.restrictedPageOf("/home.xhtml;admin/"));
    assertEquals(Optional.empty(), Page.restrictedPageOf("/admin/../home.xhtml"));
    assertEquals(Optional.empty(), Page.restrictedPageOf("/network/city.xhtml/../team.xhtml"));
    assertEquals(Optional.empty(), Page.restrictedPageOf(null));
  }

  @Test
  @DisplayName(
      "Every page of the webapp is named in Page, open or restricted: a page forgotten in a folder"
          + " shared by open and restricted pages would be open to everyone")
  void everyPageIsNamed() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      List<String> unnamed =
          files
              .map(file -> "/" + WEBAPP.relativize(file).toString().replace('\\', '/'))
              .filter(path -> path.endsWith(".xhtml") && !path.startsWith("/WEB-INF/"))
              .filter(
                  path ->
                      Arrays.stream(Page.values())
                          .noneMatch(page -> page.covers(Page.normalise(path))))
              .toList();
      assertEquals(List.of(), unnamed);
    }
  }

  @Test
  void onlyCoordinatorsAndAdminsMayOpenTheCityOverview() {
    assertTrue(Page.CITY.allows(userWith(PortalRole.CITY_COORDINATOR)));
    assertTrue(Page.CITY.allows(userWith(PortalRole.ADMIN)));
    assertFalse(Page.CITY.allows(userWith(PortalRole.TUTOR, PortalRole.PRINCIPAL)));
    assertFalse(Page.CITY.allows(userWith()));
  }

  @Test
  void everyoneSignedInMayOpenHomeAndTeams() {
    assertTrue(Page.HOME.allows(userWith()));
    assertTrue(Page.TEAMS.allows(userWith(PortalRole.MENTOR)));
  }
}
