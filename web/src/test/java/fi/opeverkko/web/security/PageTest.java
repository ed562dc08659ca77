package fi.opeverkko.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageTest {

  private static SignedInUser userWith(PortalRole... roles) {
    return new SignedInUser("someone", 1L, "Some One", Set.of(roles), null, Set.of(), Set.of());
  }

  @Test
  void coordinatorPagesAreRestricted() {
    assertEquals(Optional.of(Page.CITY), Page.restrictedPageOf("/coordinator/city.xhtml"));
    assertEquals(Optional.empty(), Page.restrictedPageOf("/home.xhtml"));
    assertEquals(Optional.empty(), Page.restrictedPageOf("/teams.xhtml"));
  }

  @Test
  void everySpellingOfARestrictedFolderIsThatFolder() {
    for (String path :
        List.of(
            "/principal;a=b/tutors.xhtml",
            "/principal/;a=b/tutors.xhtml",
            "//principal/tutors.xhtml",
            "/principal//tutors.xhtml",
            "/principal%2Ftutors.xhtml",
            "/principal%2ftutors.xhtml",
            "/./principal/tutors.xhtml",
            "/home/../principal/tutors.xhtml",
            "/Principal/tutors.xhtml",
            "/PRINCIPAL/TUTORS.XHTML",
            "/principal\\tutors.xhtml",
            "/principal/",
            "/principal",
            "/principal/tutors.xhtml/")) {
      assertEquals(Optional.of(Page.TUTOR_PROPOSALS), Page.restrictedPageOf(path), path);
    }
    assertEquals(Optional.of(Page.AUDIT), Page.restrictedPageOf("/admin;x=y/audit.xhtml"));
    assertEquals(Optional.of(Page.CITY), Page.restrictedPageOf("/coordinator;x=y/city.xhtml"));
    assertEquals(Optional.of(Page.MENTORS), Page.restrictedPageOf("/network;x=y/mentors.xhtml"));
  }

  @Test
  void pagesOutsideTheFoldersStayOpen() {
    assertEquals(Optional.empty(), Page.restrictedPageOf("/principals.xhtml"));
    assertEquals(Optional.empty(), Page.restrictedPageOf("/home.xhtml;principal/"));
    assertEquals(Optional.empty(), Page.restrictedPageOf("/principal/../home.xhtml"));
    assertEquals(Optional.empty(), Page.restrictedPageOf(null));
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
