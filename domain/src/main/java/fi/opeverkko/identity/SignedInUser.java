package fi.opeverkko.identity;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in and what they may act on: their roles and their scope (schools, teams, city).
 * Resolved once at login from the Keycloak identity and the network registry.
 *
 * @param loginName the Keycloak user name ({@code preferred_username})
 * @param personId the registry person linked to the login, or {@code null} when there is none
 * @param displayName the name shown in the header
 * @param roles every role the user holds
 * @param cityCode the city a coordinator coordinates, or {@code null}
 * @param schoolIds the schools the user has a role in this school year
 * @param teamIds the expert teams the user belongs to or leads this school year
 */
public record SignedInUser(
    String loginName,
    Long personId,
    String displayName,
    Set<PortalRole> roles,
    String cityCode,
    Set<Long> schoolIds,
    Set<Long> teamIds)
    implements Serializable {

  public SignedInUser {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    schoolIds = Set.copyOf(schoolIds);
    teamIds = Set.copyOf(teamIds);
  }

  public boolean has(PortalRole role) {
    return roles.contains(role);
  }

  public boolean hasAny(Set<PortalRole> wanted) {
    return wanted.stream().anyMatch(roles::contains);
  }

  public boolean isAdmin() {
    return has(PortalRole.ADMIN);
  }

  public Optional<String> coordinatedCity() {
    return has(PortalRole.CITY_COORDINATOR) ? Optional.ofNullable(cityCode) : Optional.empty();
  }

  /** Whether the user acts for the city: an admin for every city, a coordinator for their own. */
  public boolean actsFor(String cityCode) {
    return isAdmin() || coordinatedCity().map(cityCode::equals).orElse(false);
  }

  /**
   * Whether the user acts for the expert team: an admin for every team, a member or its leader for
   * their own (and only an admin when there is no team).
   */
  public boolean actsForTeam(Long teamId) {
    return isAdmin() || (teamId != null && teamIds.contains(teamId));
  }

  /** True when the user has no role in the network at all (a login nobody has linked yet). */
  public boolean isUnlinked() {
    return roles.isEmpty();
  }
}
