package fi.opeverkko.it;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.LoginIdentity;
import fi.opeverkko.network.SignInService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;

/**
 * Runs a piece of a test as a signed-in user in a request of its own, as a web request would: for
 * tests that act from several threads at once (each thread needs its own request scope).
 */
@ApplicationScoped
public class AsUser {

  @Inject private SignInService signIn;
  @Inject private CurrentUser currentUser;

  @ActivateRequestContext
  public <T> T call(LoginIdentity login, Callable<T> work) throws Exception {
    currentUser.set(signIn.signIn(login));
    return work.call();
  }
}
