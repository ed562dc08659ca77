package fi.opeverkko.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Signs out of the portal and of Keycloak: the portal session ends here, the single sign-on session
 * at Keycloak's end-session endpoint, which then sends the browser back to the portal's front page
 * and so to the login form.
 */
@Named
@RequestScoped
public class SignOut {

  private static final String END_SESSION_PATH = "/protocol/openid-connect/logout";

  public void signOut() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String endSession = null;
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc) {
      var context = oidc.getOidcSecurityContext();
      String issuer = context.getToken().getIssuer();
      String portal =
          request.getScheme()
              + "://"
              + request.getServerName()
              + ":"
              + request.getServerPort()
              + request.getContextPath()
              + "/";
      endSession =
          issuer
              + END_SESSION_PATH
              + "?id_token_hint="
              + encode(context.getIDTokenString())
              + "&post_logout_redirect_uri="
              + encode(portal);
    }
    request.logout();
    external.invalidateSession();
    external.redirect(endSession != null ? endSession : request.getContextPath() + "/");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
