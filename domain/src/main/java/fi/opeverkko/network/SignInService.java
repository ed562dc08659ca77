package fi.opeverkko.network;

import fi.opeverkko.identity.LoginIdentity;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a verified login into the user's roles and scope: global roles from Keycloak, network roles
 * from what the linked person is in the current school year.
 */
@Stateless
@Published
public class SignInService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public SignedInUser signIn(LoginIdentity login) {
    Set<PortalRole> roles = EnumSet.noneOf(PortalRole.class);
    Set<Long> schoolIds = new HashSet<>();
    Set<Long> teamIds = new HashSet<>();
    if (login.admin()) {
      roles.add(PortalRole.ADMIN);
    }
    String cityCode = coordinatedCity(login).orElse(null);
    if (cityCode != null) {
      roles.add(PortalRole.CITY_COORDINATOR);
    }

    Optional<Person> person = personWithLogin(login.loginName());
    person.ifPresent(p -> addNetworkRoles(p, clock.currentSchoolYear(), roles, schoolIds, teamIds));

    String displayName =
        person.map(Person::getFullName).orElse(orLoginName(login.displayName(), login.loginName()));
    return new SignedInUser(
        login.loginName(),
        person.map(Person::getId).orElse(null),
        displayName,
        roles,
        cityCode,
        schoolIds,
        teamIds);
  }

  /** A coordinator's scope is a city the registry knows; a role without one gives no scope. */
  private Optional<String> coordinatedCity(LoginIdentity login) {
    if (!login.cityCoordinator() || login.cityCode() == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(City.BY_CODE, City.class)
        .setParameter("code", login.cityCode().trim().toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst()
        .map(City::getCode);
  }

  private Optional<Person> personWithLogin(String loginName) {
    return em.createNamedQuery(Person.BY_LOGIN, Person.class)
        .setParameter("login", loginName)
        .getResultStream()
        .findFirst();
  }

  private void addNetworkRoles(
      Person person,
      SchoolYear year,
      Set<PortalRole> roles,
      Set<Long> schoolIds,
      Set<Long> teamIds) {
    List<SchoolAssignment> assignments =
        em.createNamedQuery(SchoolAssignment.OF_PERSON_IN_YEAR, SchoolAssignment.class)
            .setParameter("person", person.getId())
            .setParameter("year", year)
            .getResultList();
    for (SchoolAssignment assignment : assignments) {
      roles.add(assignment.getRole().portalRole());
      schoolIds.add(assignment.getSchool().getId());
    }
    em.createNamedQuery(TeamMembership.OF_PERSON_IN_YEAR, TeamMembership.class)
        .setParameter("person", person)
        .setParameter("year", year)
        .getResultList()
        .forEach(
            membership -> {
              roles.add(PortalRole.EXPERT);
              teamIds.add(membership.getTeam().getId());
            });
    em.createNamedQuery(ExpertTeam.LED_BY, ExpertTeam.class)
        .setParameter("person", person)
        .getResultList()
        .forEach(
            team -> {
              roles.add(PortalRole.TEAM_LEADER);
              teamIds.add(team.getId());
            });
  }

  private static String orLoginName(String displayName, String loginName) {
    return displayName == null || displayName.isBlank() ? loginName : displayName;
  }
}
