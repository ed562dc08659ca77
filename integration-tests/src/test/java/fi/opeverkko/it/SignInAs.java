package fi.opeverkko.it;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.LoginIdentity;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.it.CompetenceWorld.Someone;
import fi.opeverkko.network.SignInService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Signs the test in as someone, as the web layer does at the start of a request: turns a login into
 * the signed-in user and makes it the current user. Each method gives the signed-in user back.
 */
@ApplicationScoped
public class SignInAs {

  @Inject private SignInService signIn;
  @Inject private CurrentUser currentUser;

  /** A login with no realm roles: whatever they are comes from the person behind it. */
  public SignedInUser user(String login) {
    return user(login, false, false, null);
  }

  /** A person a test made, behind a login of their own. */
  public SignedInUser user(Someone someone) {
    return user(someone.login());
  }

  /** A login with the realm roles given: admin, or the coordinator of a city. */
  public SignedInUser user(String login, boolean admin, boolean coordinator, String city) {
    return become(new LoginIdentity(login, null, admin, coordinator, city));
  }

  /** The tests' admin, "admin-it" (Aino Admin). */
  public SignedInUser admin() {
    return admin("admin-it", "Aino Admin");
  }

  /** An admin of a login and a name of its own. */
  public SignedInUser admin(String login, String displayName) {
    return become(new LoginIdentity(login, displayName, true, false, null));
  }

  /** The coordinator of a city ("HELSINKI"), whose login is "coordinator-helsinki". */
  public SignedInUser coordinator(String city) {
    return user("coordinator-" + city.toLowerCase(), false, true, city);
  }

  /** A demo login with the realm roles the demo gives it: see {@link #demoLogin}. */
  public SignedInUser demo(String name) {
    return become(demoLogin(name));
  }

  /**
   * A demo login with the Keycloak realm roles it has: admin for "admin", a city's coordinator for
   * "coordinator-helsinki" and the like, none for the others.
   */
  public static LoginIdentity demoLogin(String name) {
    String city =
        name.startsWith("coordinator-") ? name.substring(12).toUpperCase(Locale.ROOT) : null;
    return new LoginIdentity(name, null, name.equals("admin"), city != null, city);
  }

  private SignedInUser become(LoginIdentity login) {
    SignedInUser user = signIn.signIn(login);
    currentUser.set(user);
    return user;
  }
}
