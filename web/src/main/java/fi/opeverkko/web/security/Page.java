package fi.opeverkko.web.security;

import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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

  private static final Pattern ENCODED_SLASH = Pattern.compile("%2f|%5c", Pattern.CASE_INSENSITIVE);
  private static final Pattern PATH_PARAMETER = Pattern.compile(";[^/]*");

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

  /**
   * The restricted page a request's servlet path belongs to, if any. The path is normalised first
   * ({@link #normalise}), so that no spelling of a restricted folder slips past: a folder's name
   * with a path parameter, doubled or encoded slashes, dot segments, another case, or without its
   * trailing slash is still that folder.
   */
  static Optional<Page> restrictedPageOf(String servletPath) {
    String path = normalise(servletPath);
    return Arrays.stream(values())
        .filter(page -> page.allowedRoles != null && page.covers(path))
        .findFirst();
  }

  private boolean covers(String normalisedPath) {
    String own = path.toLowerCase(Locale.ROOT);
    return normalisedPath.startsWith(own)
        || (own.endsWith("/") && normalisedPath.equals(own.substring(0, own.length() - 1)));
  }

  /**
   * The path as the folders it names: encoded and back slashes as slashes, path parameters ({@code
   * ;a=b}) left out, empty and dot segments resolved, in lower case; a trailing slash is kept.
   */
  static String normalise(String servletPath) {
    String path =
        PATH_PARAMETER
            .matcher(ENCODED_SLASH.matcher(Objects.toString(servletPath, "")).replaceAll("/"))
            .replaceAll("")
            .replace('\\', '/');
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        segments.pollLast();
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.addLast(segment);
      }
    }
    boolean folder = path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..");
    String normalised =
        "/" + String.join("/", segments) + (folder && !segments.isEmpty() ? "/" : "");
    return normalised.toLowerCase(Locale.ROOT);
  }
}
