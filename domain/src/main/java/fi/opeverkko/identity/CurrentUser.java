package fi.opeverkko.identity;

import jakarta.enterprise.context.RequestScoped;

/**
 * The user on whose behalf the current request runs. The web layer sets it from the verified login
 * at the start of every request; services read it to check role and scope.
 */
@RequestScoped
public class CurrentUser {

  private SignedInUser user;

  public void set(SignedInUser user) {
    this.user = user;
  }

  /** The signed-in user; refuses when nobody is signed in, so no service runs anonymously. */
  public SignedInUser get() {
    if (user == null) {
      throw new AccessDeniedException("nobody is signed in");
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
    throw new AccessDeniedException(signedIn.loginName() + " lacks the role for this");
  }
}
