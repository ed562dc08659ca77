package fi.opeverkko.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The local Keycloak's admin REST API, as the tests need it: find, disable, unlock users. */
final class KeycloakAdmin {

  private static final String KEYCLOAK = "http://localhost:8180";
  private static final String REALM_ADMIN = KEYCLOAK + "/admin/realms/opeverkko";
  private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

  private final HttpClient client = HttpClient.newHttpClient();

  /** A fresh admin token for every call: the master realm's tokens live only a minute. */
  private String token() {
    String form =
        "grant_type=password&client_id=admin-cli&username=admin&password="
            + URLEncoder.encode("admin", StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(
                    URI.create(KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    return find(TOKEN, response.body(), "admin token");
  }

  String realm() {
    return send(authorized(REALM_ADMIN).GET().build()).body();
  }

  String userId(String username) {
    String body =
        send(authorized(REALM_ADMIN + "/users?exact=true&username=" + username).GET().build())
            .body();
    return find(ID, body, "user " + username);
  }

  void setEnabled(String username, boolean enabled) {
    HttpResponse<String> response =
        send(
            authorized(REALM_ADMIN + "/users/" + userId(username))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}"))
                .build());
    if (response.statusCode() != 204) {
      throw new IllegalStateException("could not change " + username + ": " + response.body());
    }
  }

  void setAccessTokenLifespan(int seconds) {
    HttpResponse<String> response =
        send(
            authorized(REALM_ADMIN)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"accessTokenLifespan\":" + seconds + "}"))
                .build());
    if (response.statusCode() != 204) {
      throw new IllegalStateException("could not change the token lifespan: " + response.body());
    }
  }

  void clearLockout(String username) {
    send(
        authorized(REALM_ADMIN + "/attack-detection/brute-force/users/" + userId(username))
            .DELETE()
            .build());
  }

  private HttpRequest.Builder authorized(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token());
  }

  private static String find(Pattern pattern, String body, String what) {
    Matcher matcher = pattern.matcher(body);
    if (!matcher.find()) {
      throw new IllegalStateException("no " + what + " in " + body);
    }
    return matcher.group(1);
  }

  private HttpResponse<String> send(HttpRequest request) {
    return PortalHttp.send(client, request);
  }
}
