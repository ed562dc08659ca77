package fi.opeverkko.identity;

/**
 * What the identity provider vouches for at login: the user name, the name to show, and the global
 * realm roles with the coordinator's city attribute.
 */
public record LoginIdentity(
    String loginName, String displayName, boolean admin, boolean cityCoordinator, String cityCode) {

  public LoginIdentity {
    if (loginName == null || loginName.isBlank()) {
      throw new IllegalArgumentException("a login needs a user name");
    }
  }
}
