package fi.opeverkko.web.security;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.LoginIdentity;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.SignInService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Objects;
import java.util.Optional;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Runs before every request of a signed-in user: resolves their roles and scope once per session
 * (from the verified OIDC token and the network registry), makes them the request's current user
 * for the services, and refuses pages the user's roles may not open.
 */
@WebFilter(filterName = "accessFilter", urlPatterns = "/*")
public class AccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String CITY_CLAIM = "city";
  static final String ADMIN_ROLE = "admin";
  static final String COORDINATOR_ROLE = "city-coordinator";

  @Inject private UserSession userSession;
  @Inject private CurrentUser currentUser;
  @Inject private SignInService signInService;
  @Inject private AuditLog auditLog;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal principal = request.getUserPrincipal();
    if (principal != null) {
      if (!userSession.isSignedInAs(principal.getName())) {
        // A new session id at sign-in, so an id planted before login is worth nothing after.
        if (request.getSession(false) != null) {
          request.changeSessionId();
        }
        userSession.signIn(signInService.signIn(loginIdentity(request, principal)));
        auditLog.record(principal.getName(), "SIGN_IN", null, AuditOutcome.SUCCESS);
        Optional<String> askedFor = SignInReturn.pendingFor(request, response);
        if (askedFor.isPresent()) {
          response.sendRedirect(askedFor.get());
          return;
        }
      }
      SignedInUser user = userSession.user();
      currentUser.set(user);
      // The servlet path, as the container resolved it, never the raw URI: a path parameter or
      // another spelling of a folder in the URI would otherwise slip past the check.
      String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
      if (Page.restrictedPageOf(path).filter(page -> !page.allows(user)).isPresent()) {
        currentUser.refuse("page " + path);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      // A service refused (and audited) the action: an expected outcome, answered with 403 and
      // the portal's own page rather than a logged stack trace.
      if (!(rootCause(e) instanceof AccessDeniedException) || response.isCommitted()) {
        throw e;
      }
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private static Throwable rootCause(Throwable thrown) {
    Throwable cause = thrown;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static LoginIdentity loginIdentity(HttpServletRequest request, Principal principal) {
    Optional<IDToken> idToken =
        principal instanceof OidcPrincipal<?> oidc
            ? Optional.ofNullable(oidc.getOidcSecurityContext().getIDToken())
            : Optional.empty();
    boolean coordinator = request.isUserInRole(COORDINATOR_ROLE);
    String city =
        principal instanceof OidcPrincipal<?> oidc
            ? oidc.getOidcSecurityContext().getToken().getClaimValueAsString(CITY_CLAIM)
            : null;
    return new LoginIdentity(
        principal.getName(),
        idToken.map(IDToken::getName).orElse(null),
        request.isUserInRole(ADMIN_ROLE),
        coordinator,
        city);
  }
}
