package fi.opeverkko.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Arrays;

/**
 * The user on whose behalf the current request runs. The web layer sets it from the verified login
 * at the start of every request; services read it to check role and scope, and refuse through it so
 * that every refusal is announced (and audited).
 */
@RequestScoped
public class CurrentUser {

  @Inject private Event<AccessRefused> refusals;

  private SignedInUser user;

  public void set(SignedInUser user) {
    this.user = user;
  }

  /** The signed-in user; refuses when nobody is signed in, so no service runs anonymously. */
  public SignedInUser get() {
    if (user == null) {
      throw refuse("anonymous call");
    }
    return user;
  }

  /** Refuses unless the user holds one of the roles. */
  public SignedInUser require(PortalRole... anyOf) {
    SignedInUser signedIn = get();
    for (PortalRole role : anyOf) {
      if (signedIn.has(role)) {
        return signedIn;
      }
    }
    throw refuse("role required: " + Arrays.toString(anyOf));
  }

  /**
   * Refuses unless the user is an admin or the coordinator of the city; {@code what} names the
   * object asked for in the refusal.
   */
  public SignedInUser requireCoordinatorOf(String cityCode, String what) {
    SignedInUser user = require(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR);
    if (!user.actsFor(cityCode)) {
      throw refuse(what);
    }
    return user;
  }

  /**
   * Refuses unless the user may read the figures of the city (an admin, or its coordinator), or of
   * every city when the code is null (an admin only).
   */
  public SignedInUser requireFiguresOf(String cityCode, String what) {
    return cityCode == null ? require(PortalRole.ADMIN) : requireCoordinatorOf(cityCode, what);
  }

  /** Announces a refusal of the current user and gives the exception to throw. */
  public AccessDeniedException refuse(String what) {
    refusals.fire(new AccessRefused(user == null ? null : user.loginName(), what));
    return new AccessDeniedException(what);
  }
}
