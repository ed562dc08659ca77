package fi.opeverkko.api;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.LoginIdentity;
import fi.opeverkko.network.SignInService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.OptionalLong;
import java.util.Set;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Makes the caller of every API call the services' current user, from the verified bearer token
 * alone (a call without one reaches only the public badge catalogue, web.xml) (no session: each
 * call stands on its token): the realm roles and the coordinator's city from the token, the network
 * roles from the registry ({@link SignInService}, as at the portal's sign-in), so a person has
 * exactly their pages' roles and scope. Before that it counts the call against the client's rate
 * limit (429 with {@code Retry-After}) and keeps systems read-only: a service account whose token
 * says {@code opeverkko_access: read-only} may only read (403).
 */
@WebFilter(filterName = "callerFilter", urlPatterns = "/*")
public class CallerFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String ACCESS_CLAIM = "opeverkko_access";
  static final String READ_ONLY = "read-only";
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject private CurrentUser currentUser;
  @Inject private SignInService signInService;
  @Inject private RateLimit rateLimit;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    OidcPrincipal<?> principal =
        request.getUserPrincipal() instanceof OidcPrincipal<?> oidc ? oidc : null;
    AccessToken token = principal == null ? null : principal.getOidcSecurityContext().getToken();
    OptionalLong retryAfter = rateLimit.refusal(client(request, token), Instant.now());
    if (retryAfter.isPresent()) {
      response.setHeader("Retry-After", Long.toString(retryAfter.getAsLong()));
      refuse(request, response, 429, "tooManyCalls");
      return;
    }
    if (principal != null) {
      if (READ_ONLY.equals(token.getClaimValueAsString(ACCESS_CLAIM))
          && !READS.contains(request.getMethod())) {
        refuse(request, response, 403, "readOnly");
        return;
      }
      currentUser.set(signInService.signIn(identity(request, principal, token)));
    }
    chain.doFilter(request, response);
  }

  /**
   * The token's client, or for a call without a token (the public badge catalogue) its address: an
   * anonymous caller has a limit of its own.
   */
  private static String client(HttpServletRequest request, AccessToken token) {
    if (token == null) {
      return "anonymous " + request.getRemoteAddr();
    }
    String client = token.getClaimValueAsString("azp");
    return client == null ? "?" : client;
  }

  private static LoginIdentity identity(
      HttpServletRequest request, OidcPrincipal<?> principal, AccessToken token) {
    return new LoginIdentity(
        principal.getName(),
        token.getName(),
        request.isUserInRole("admin"),
        request.isUserInRole("city-coordinator"),
        token.getClaimValueAsString("city"));
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, int status, String key)
      throws IOException {
    Problem problem =
        new Problems(Languages.of(Collections.list(request.getLocales()))).of(status, key);
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(ApiJson.JSONB.toJson(problem));
  }
}
