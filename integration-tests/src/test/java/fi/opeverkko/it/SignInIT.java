package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.LoginIdentity;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.CityOverview;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.SchoolFilter;
import fi.opeverkko.network.SchoolOverview;
import fi.opeverkko.network.SchoolRegistry;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.SignInService;
import fi.opeverkko.network.TeamOverview;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * From a verified login to roles and scope: Keycloak gives the global roles, the network registry
 * (demo data) gives the rest. And the scope is enforced by the services, not only by pages.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInService signIn;
  @Inject private CurrentUser currentUser;
  @Inject private NetworkOverviewService network;
  @Inject private SchoolRegistry schools;

  private SignedInUser networkLogin(String loginName) {
    return signIn.signIn(new LoginIdentity(loginName, null, false, false, null));
  }

  private SignedInUser coordinatorLogin(String loginName, String city) {
    return signIn.signIn(new LoginIdentity(loginName, null, false, true, city));
  }

  @Test
  @DisplayName("A principal's login becomes the principal role scoped to their own school")
  void principalIsScopedToTheirSchool() {
    SignedInUser principal = networkLogin("principal");

    assertEquals(Set.of(PortalRole.PRINCIPAL), principal.roles());
    assertEquals("Paula Rehtori", principal.displayName());
    assertEquals(1, principal.schoolIds().size());

    currentUser.set(principal);
    List<SchoolOverview> schools = network.mySchools();
    assertEquals(1, schools.size());
    SchoolOverview kallio = schools.get(0);
    assertEquals("Kallion peruskoulu", kallio.school().getNameFi());
    assertEquals(SchoolType.COMPREHENSIVE, kallio.school().getType());
    assertEquals(Set.of(SchoolRole.PRINCIPAL), kallio.myRoles());
    assertEquals(2, kallio.staffIn(SchoolRole.TUTOR).size(), "the school's two tutors are listed");
  }

  @Test
  @DisplayName("A team leader leads and belongs to their own team only")
  void teamLeaderIsScopedToTheirTeam() {
    SignedInUser leader = networkLogin("team-leader");

    assertTrue(leader.has(PortalRole.TEAM_LEADER));
    assertTrue(leader.has(PortalRole.EXPERT));
    currentUser.set(leader);
    // Other tests may give the demo leader teams of their own (routing's crafted teams).
    List<TeamOverview> teams = network.myTeams();
    TeamOverview demoTeam =
        teams.stream()
            .filter(team -> team.team().getCode().equals("LEARNING_ENVIRONMENTS"))
            .findFirst()
            .orElseThrow();
    assertEquals(4, demoTeam.members().size());
    for (TeamOverview team : teams) {
      assertEquals("Tommi Tiittala", team.team().getLeader().getFullName(), team.team().getCode());
    }
  }

  @Test
  @DisplayName("A coordinator's realm role and city attribute give the city scope")
  void coordinatorGetsTheirCity() {
    SignedInUser espoo = coordinatorLogin("coordinator-espoo", "espoo");

    assertEquals(Set.of(PortalRole.CITY_COORDINATOR), espoo.roles());
    assertEquals("ESPOO", espoo.cityCode());

    currentUser.set(espoo);
    CityOverview overview = network.cityOverview("ESPOO");
    assertTrue(overview.activeSchools() > 20, "Espoo has its demo schools");
    assertTrue(overview.schoolsOfType(SchoolType.COMPREHENSIVE) > 0);
  }

  @Test
  @DisplayName("A coordinator is refused another city's figures and schools")
  void coordinatorIsRefusedAnotherCity() {
    currentUser.set(coordinatorLogin("coordinator-espoo", "ESPOO"));

    assertThrows(AccessDeniedException.class, () -> network.cityOverview("VANTAA"));
    assertThrows(
        AccessDeniedException.class,
        () -> schools.search(new SchoolFilter("HELSINKI", null, null, null), 0, 10));
  }

  @Test
  @DisplayName("Network roles give no city scope: a tutor is refused the city overview")
  void tutorIsRefusedTheCityOverview() {
    SignedInUser tutor = networkLogin("tutor");
    assertEquals(Set.of(PortalRole.TUTOR), tutor.roles());

    currentUser.set(tutor);
    assertThrows(AccessDeniedException.class, () -> network.cityOverview("HELSINKI"));
  }

  @Test
  @DisplayName("A coordinator role without a known city gives no coordinator scope")
  void coordinatorWithoutKnownCityGetsNothing() {
    SignedInUser nowhere = coordinatorLogin("coordinator-helsinki", "ATLANTIS");

    assertFalse(nowhere.has(PortalRole.CITY_COORDINATOR));
    assertNull(nowhere.cityCode());
  }

  @Test
  @DisplayName("A login nobody has linked to the network has no roles and no scope")
  void unknownLoginIsUnlinked() {
    SignedInUser stranger = networkLogin("somebody-new");

    assertTrue(stranger.isUnlinked());
    assertNull(stranger.personId());
    currentUser.set(stranger);
    assertTrue(network.mySchools().isEmpty());
    assertTrue(network.myTeams().isEmpty());
  }

  @Test
  @DisplayName("Services refuse to run when nobody is signed in")
  void servicesRefuseAnonymousCalls() {
    assertThrows(AccessDeniedException.class, () -> network.allTeams());
  }
}
