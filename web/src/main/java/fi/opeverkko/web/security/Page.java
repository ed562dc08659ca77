package fi.opeverkko.web.security;

import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's pages (by path prefix) and who may open them. The access filter refuses anyone else
 * with 403 and the navigation hides what a user may not open; the services check again, against the
 * object's own school, team or city.
 */
public enum Page {
  HOME("/home.xhtml", null),
  TEAMS("/teams.xhtml", null),
  CITY("/coordinator/", EnumSet.of(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR)),
  AUDIT("/admin/", EnumSet.of(PortalRole.ADMIN)),
  MENTORS(
      "/network/", EnumSet.of(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR, PortalRole.MENTOR)),
  TUTOR_PROPOSALS("/principal/", EnumSet.of(PortalRole.ADMIN, PortalRole.PRINCIPAL));

  private final String path;

  /** Roles that may open the page; {@code null} means every signed-in user. */
  private final Set<PortalRole> allowedRoles;

  Page(String path, Set<PortalRole> allowedRoles) {
    this.path = path;
    this.allowedRoles = allowedRoles;
  }

  public String path() {
    return path;
  }

  public boolean allows(SignedInUser user) {
    return allowedRoles == null || user.hasAny(allowedRoles);
  }

  /** The restricted page a request path belongs to, if any. */
  static Optional<Page> restrictedPageOf(String requestPath) {
    return Arrays.stream(values())
        .filter(page -> page.allowedRoles != null && requestPath.startsWith(page.path))
        .findFirst();
  }
}
