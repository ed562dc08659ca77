package fi.opeverkko.web.competence;

import fi.opeverkko.competence.CredentialService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's Open Badges 3.0 documents at stable public addresses, for verifiers and wallets
 * outside the portal, without sign-in (web.xml leaves {@code /credentials/*} open):
 *
 * <ul>
 *   <li>{@code /credentials/issuer.json}: the issuer's Profile;
 *   <li>{@code /credentials/jwks.json}: the issuer's public keys (JWKS), by the {@code kid} of the
 *       credentials' headers;
 *   <li>{@code /credentials/achievements/<badge>/<criteria version>.json}: a badge as granted;
 *   <li>{@code /credentials/status/<n>}: revocation status list {@code n}, signed;
 *   <li>{@code /credentials/<id>.jwt}: a credential as signed (VC-JOSE compact JWS);
 *   <li>{@code /credentials/<id>.json}: the same credential as JSON, a download for its holder;
 *   <li>{@code /credentials/<id>.png}: a badge image with the signed credential baked in.
 * </ul>
 *
 * Read-only, so nothing here needs Faces' protection against forged requests; any origin may read
 * it (a verifier in a browser). Anything else, an unknown id included, is 404.
 */
@WebServlet(urlPatterns = "/credentials/*")
public class CredentialServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final String JSON = "application/json";
  private static final String VC_JWT = "application/vc+jwt";
  private static final Pattern ACHIEVEMENT =
      Pattern.compile("/achievements/(\\d{1,18})/(\\d{1,9})\\.json");
  private static final Pattern STATUS_LIST = Pattern.compile("/status/(\\d{1,9})");
  private static final Pattern CREDENTIAL = Pattern.compile("/([0-9a-f-]{36})\\.(json|jwt|png)");

  @Inject private CredentialService credentials;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = Objects.toString(request.getPathInfo(), "");
    Matcher achievement = ACHIEVEMENT.matcher(path);
    Matcher statusList = STATUS_LIST.matcher(path);
    Matcher credential = CREDENTIAL.matcher(path);
    if (path.equals("/issuer.json")) {
      send(response, JSON, credentials.issuerProfile(), "public, max-age=3600");
    } else if (path.equals("/jwks.json")) {
      send(response, "application/jwk-set+json", credentials.keySet(), "public, max-age=300");
    } else if (achievement.matches()) {
      sendOrNotFound(
          response,
          JSON,
          credentials.achievement(
              Long.parseLong(achievement.group(1)), Integer.parseInt(achievement.group(2))));
    } else if (statusList.matches()) {
      // Short-lived: a revocation must reach the verifiers soon.
      sendOrNotFound(response, VC_JWT, credentials.statusList(Long.parseLong(statusList.group(1))));
    } else if (credential.matches() && credential.group(2).equals("png")) {
      Optional<byte[]> png = credentials.baked(credential.group(1));
      if (png.isEmpty()) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      attachment(response, credential.group(1), "png");
      send(response, "image/png", png.get(), "public, max-age=60");
    } else if (credential.matches() && credential.group(2).equals("jwt")) {
      sendOrNotFound(response, VC_JWT, credentials.signed(credential.group(1)));
    } else if (credential.matches()) {
      Optional<String> json = credentials.json(credential.group(1));
      if (json.isPresent()) {
        attachment(response, credential.group(1), "json");
      }
      sendOrNotFound(response, JSON, json);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static void sendOrNotFound(
      HttpServletResponse response, String type, Optional<String> body) throws IOException {
    if (body.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    send(response, type, body.get(), "public, max-age=60");
  }

  private static void attachment(HttpServletResponse response, String publicId, String extension) {
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"opeverkko-badge-" + publicId + "." + extension + "\"");
  }

  private static void send(HttpServletResponse response, String type, String body, String cache)
      throws IOException {
    send(response, type + "; charset=UTF-8", body.getBytes(StandardCharsets.UTF_8), cache);
  }

  private static void send(HttpServletResponse response, String type, byte[] bytes, String cache)
      throws IOException {
    response.setContentType(type);
    response.setHeader("Cache-Control", cache);
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
