package fi.opeverkko.web.security;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Brings a reader back to the exact page they opened before signing in, query included: WildFly's
 * OIDC client returns them to the page's path alone, so a link from an email ({@code
 * visits/visit.xhtml?id=…}) would land on a page that does not know what to show.
 *
 * <p>When a page opened with a query is answered with the sign-in redirect (to the identity
 * provider, another origin), the query is kept in a short-lived cookie of its own; on the first
 * request after signing in, {@link AccessFilter} asks {@link #pendingFor} and sends the reader on
 * to the same path with that query. Only the query is taken from the cookie, and only for the very
 * path it was kept for, so the cookie can never send anyone off the portal.
 *
 * <p>Runs as an Undertow handler ahead of the security handlers, because the sign-in redirect is
 * made before any servlet filter sees the request.
 */
public class SignInReturn implements ServletExtension {

  static final String COOKIE = "opeverkko-return";

  /** Long enough to sign in, short enough not to surprise a later sign-in. */
  private static final int MAX_AGE_SECONDS = 600;

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    String cookiePath = context.getContextPath().isEmpty() ? "/" : context.getContextPath();
    deployment.addInitialHandlerChainWrapper(
        next ->
            exchange -> {
              if (Methods.GET.equals(exchange.getRequestMethod())
                  && !exchange.getQueryString().isEmpty()) {
                exchange.addResponseCommitListener(
                    committed -> keepIfSentToSignIn(committed, cookiePath));
              }
              next.handleRequest(exchange);
            });
  }

  private static void keepIfSentToSignIn(HttpServerExchange exchange, String cookiePath) {
    String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
    if (exchange.getStatusCode() / 100 != 3
        || location == null
        || !isOtherOrigin(exchange, location)) {
      return;
    }
    String kept =
        URLEncoder.encode(
            exchange.getRequestURI() + "?" + exchange.getQueryString(), StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .add(
            Headers.SET_COOKIE,
            COOKIE
                + "="
                + kept
                + "; Path="
                + cookiePath
                + "; Max-Age="
                + MAX_AGE_SECONDS
                + "; HttpOnly; SameSite=Lax"
                + (exchange.isSecure() ? "; Secure" : ""));
  }

  private static boolean isOtherOrigin(HttpServerExchange exchange, String location) {
    try {
      URI target = URI.create(location);
      return target.isAbsolute()
          && !(exchange.getHostName().equalsIgnoreCase(target.getHost())
              && exchange.getHostPort() == portOf(target));
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }

  private static int portOf(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /** The cookie's address; a value that is no URL encoding (planted, not ours) is no address. */
  private static String decoded(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notEncoded) {
      return "";
    }
  }

  /**
   * The address to send a just signed-in reader on to: the page they asked for, with the query kept
   * for it, when this request is that page without its query. The cookie is used up either way.
   */
  static Optional<String> pendingFor(HttpServletRequest request, HttpServletResponse response) {
    Optional<String> kept =
        Arrays.stream(Optional.ofNullable(request.getCookies()).orElse(new Cookie[0]))
            .filter(cookie -> COOKIE.equals(cookie.getName()))
            .map(cookie -> decoded(cookie.getValue()))
            .findFirst();
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    Cookie usedUp = new Cookie(COOKIE, "");
    usedUp.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    usedUp.setMaxAge(0);
    usedUp.setHttpOnly(true);
    response.addCookie(usedUp);
    String path = request.getRequestURI();
    String prefix = path + "?";
    boolean ownPath = path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
    return kept.filter(
        target ->
            ownPath
                && "GET".equals(request.getMethod())
                && request.getQueryString() == null
                && target.startsWith(prefix)
                && target.length() > prefix.length()
                && target.chars().noneMatch(Character::isISOControl));
  }
}
