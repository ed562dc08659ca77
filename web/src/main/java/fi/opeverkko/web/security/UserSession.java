package fi.opeverkko.web.security;

import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The signed-in user of this HTTP session, resolved once at login. */
@Named
@SessionScoped
public class UserSession implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String DEFAULT_CITY = "HELSINKI";

  private SignedInUser user;

  void signIn(SignedInUser user) {
    this.user = user;
  }

  SignedInUser user() {
    return user;
  }

  boolean isSignedInAs(String loginName) {
    return user != null && user.loginName().equals(loginName);
  }

  public String getDisplayName() {
    return user == null ? "" : user.displayName();
  }

  public List<PortalRole> getRoles() {
    return user == null ? List.of() : user.roles().stream().sorted().toList();
  }

  public boolean has(String role) {
    return user != null && user.has(PortalRole.valueOf(role));
  }

  /** Whether the user may open the page: the navigation shows only what the role may use. */
  public boolean may(String page) {
    return user != null && Page.valueOf(page).allows(user);
  }

  public String getCoordinatedCity() {
    return user == null ? null : user.coordinatedCity().orElse(null);
  }

  /** The city a city page opens on: a coordinator's own, for an admin the first city. */
  public String getDefaultCity() {
    String coordinated = getCoordinatedCity();
    return coordinated != null ? coordinated : DEFAULT_CITY;
  }

  public boolean isUnlinked() {
    return user != null && user.isUnlinked();
  }
}
