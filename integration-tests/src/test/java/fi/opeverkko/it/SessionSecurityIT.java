package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The login and session protections, checked on the real HTTP exchanges between the portal,
 * Keycloak and a client: OIDC parameters, state and code handling, session id, cookies, headers,
 * view state.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class SessionSecurityIT {

  @Test
  @DisplayName("The authorization request carries state, nonce and PKCE with S256")
  void authorizationRequestCarriesStateNonceAndPkce() {
    Map<String, String> params = PortalHttp.queryOf(new PortalHttp().authorizationUrl());

    assertAll(
        () -> assertEquals("code", params.get("response_type")),
        () -> assertEquals("S256", params.get("code_challenge_method")),
        () -> assertEquals(43, params.get("code_challenge").length(), "base64url of a SHA-256"),
        () -> assertTrue(params.get("state").length() >= 16, "state"),
        () -> assertTrue(params.get("nonce").length() >= 16, "nonce"));
  }

  @Test
  @DisplayName("A callback with a tampered state signs nobody in")
  void tamperedStateIsRefused() {
    PortalHttp client = new PortalHttp();
    String callback = client.submitLoginForm(client.authorizationUrl(), "principal", "demo");
    String state = PortalHttp.queryOf(callback).get("state");
    String tampered = callback.replace("state=" + state, "state=" + state + "x");

    HttpResponse<String> response = client.follow(client.get(tampered));

    assertFalse(PortalHttp.isSignedInPage(response), "signed in with a tampered state");
  }

  @Test
  @DisplayName("An authorization code used once cannot be replayed")
  void replayedCodeIsRefused() {
    PortalHttp original = new PortalHttp();
    String callback = original.submitLoginForm(original.authorizationUrl(), "principal", "demo");
    String stateCookie = "OAuth_Token_Request_State";
    String stateValue = original.cookie(stateCookie).orElse("");
    assertTrue(PortalHttp.isSignedInPage(original.follow(original.get(callback))));

    PortalHttp attacker = new PortalHttp();
    attacker.setCookie(stateCookie, stateValue);
    HttpResponse<String> replay = attacker.follow(attacker.get(callback));

    assertFalse(PortalHttp.isSignedInPage(replay), "a replayed code signed somebody in");
  }

  @Test
  @DisplayName("The session id changes at login")
  void sessionIdChangesAtLogin() {
    PortalHttp client = new PortalHttp();
    String callback = client.submitLoginForm(client.authorizationUrl(), "tutor", "demo");
    String before = client.cookie("JSESSIONID").orElse("none");

    assertTrue(PortalHttp.isSignedInPage(client.follow(client.get(callback))));
    String after = client.cookie("JSESSIONID").orElseThrow();

    assertNotEquals(before, after);
  }

  @Test
  @DisplayName("After signing out, the old session cookie and view state resume nothing")
  void signedOutSessionCannotBeResumed() {
    PortalHttp client = new PortalHttp();
    HttpResponse<String> home = client.signIn("principal");
    String oldSession = client.cookie("JSESSIONID").orElseThrow();
    String viewState = PortalHttp.viewStateOf(home);

    HttpResponse<String> signedOut =
        client.post(
            PortalHttp.PORTAL + "home.xhtml",
            Map.of(
                "signOut", "signOut",
                "signOut:signOutButton", "x",
                "jakarta.faces.ViewState", viewState));
    assertTrue(PortalHttp.location(signedOut).startsWith("http://localhost:8180/"));

    PortalHttp replay = new PortalHttp();
    replay.setCookie("JSESSIONID", oldSession);
    HttpResponse<String> page = replay.get(PortalHttp.PORTAL + "home.xhtml");
    assertTrue(PortalHttp.isRedirect(page), "expected a redirect to the login");
    assertTrue(PortalHttp.location(page).startsWith("http://localhost:8180/"));
  }

  @Test
  @DisplayName("Session cookies are HttpOnly and SameSite, and never in a URL")
  void cookiesAreProtected() {
    PortalHttp client = new PortalHttp();
    String callback = client.submitLoginForm(client.authorizationUrl(), "principal", "demo");
    HttpResponse<String> signedIn = client.get(callback);
    List<String> setCookies = signedIn.headers().allValues("Set-Cookie");
    String session =
        setCookies.stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));

    assertTrue(session.contains("HttpOnly"), session);
    assertTrue(session.contains("SameSite=Lax"), session);
    HttpResponse<String> home = client.follow(signedIn);
    assertTrue(PortalHttp.isSignedInPage(home));
    assertFalse(home.body().toLowerCase().contains(";jsessionid="), "session id in a URL");
  }

  @Test
  @DisplayName("Pages, error pages and resources carry CSP, nosniff and Referrer-Policy")
  void securityHeadersOnEveryResponse() {
    PortalHttp client = new PortalHttp();
    HttpResponse<String> home = client.signIn("tutor");
    List<HttpResponse<String>> responses =
        List.of(
            home,
            client.get(PortalHttp.PORTAL + "network/city.xhtml"),
            client.get(PortalHttp.PORTAL + "no-such-page.xhtml"),
            client.get(PortalHttp.PORTAL + "jakarta.faces.resource/css/opeverkko.css.xhtml"));
    assertEquals(403, responses.get(1).statusCode());
    assertEquals(404, responses.get(2).statusCode());
    assertEquals(200, responses.get(3).statusCode());

    for (HttpResponse<String> response : responses) {
      String csp = String.join("; ", response.headers().allValues("Content-Security-Policy"));
      String where = response.uri() + " " + response.statusCode();
      assertAll(
          where,
          () -> assertTrue(csp.contains("object-src 'none'"), csp),
          () -> assertTrue(csp.contains("base-uri 'self'"), csp),
          () -> assertTrue(csp.contains("frame-ancestors 'none'"), csp),
          () -> assertFalse(csp.contains("unsafe-eval"), csp),
          () ->
              assertEquals(
                  "nosniff", response.headers().firstValue("X-Content-Type-Options").orElse("")),
          () -> assertTrue(response.headers().firstValue("Referrer-Policy").isPresent()));
    }
  }

  @Test
  @DisplayName("The server log never holds a session id, an authorization code or a token")
  void secretsStayOutOfTheLog() throws IOException {
    PortalHttp client = new PortalHttp();
    String callback = client.submitLoginForm(client.authorizationUrl(), "principal", "demo");
    String code = PortalHttp.queryOf(callback).get("code");
    assertTrue(PortalHttp.isSignedInPage(client.follow(client.get(callback))));
    String session = client.cookie("JSESSIONID").orElseThrow();

    String log =
        Files.readString(Path.of(System.getProperty("jboss.home"), "standalone/log/server.log"));

    assertTrue(log.contains("audit subject=principal action=SIGN_IN"), "the sign-in is logged");
    assertFalse(log.contains(session), "session id in the log");
    assertFalse(log.contains(code), "authorization code in the log");
    assertFalse(log.contains("eyJ"), "a JWT in the log");
  }

  @Test
  @DisplayName("A POST without a valid view state changes nothing")
  void postWithForgedViewStateIsRefused() {
    PortalHttp client = new PortalHttp();
    client.signIn("principal");

    HttpResponse<String> forged =
        client.post(
            PortalHttp.PORTAL + "home.xhtml",
            Map.of(
                "signOut", "signOut",
                "signOut:signOutButton", "x",
                "jakarta.faces.ViewState", "-1234567890:forged"));

    assertFalse(PortalHttp.isRedirect(forged), "the forged sign-out was carried out");
    assertEquals(400, forged.statusCode());
    assertTrue(PortalHttp.isSignedInPage(client.get(PortalHttp.PORTAL + "home.xhtml")));
  }

  @Test
  @DisplayName("A link opened before signing in leads to its page, query included, after the login")
  void linkOpenedSignedOutKeepsItsQuery() {
    PortalHttp client = new PortalHttp();
    String link = PortalHttp.PORTAL + "visits/visit.xhtml?id=1";
    HttpResponse<String> challenge = client.get(link);
    assertTrue(PortalHttp.isRedirect(challenge), "not sent to sign in");

    String callback =
        client.submitLoginForm(PortalHttp.location(challenge), "principal", Browser.DEMO_PASSWORD);
    HttpResponse<String> landed = followOnThePortal(client, client.get(callback));

    assertEquals(link, landed.uri().toString());
    assertTrue(PortalHttp.isSignedInPage(landed), "status " + landed.statusCode());
  }

  @Test
  @DisplayName(
      "A link of an old address opened before signing in leads, through its new address and the"
          + " login, to its page, query included")
  void oldLinkOpenedSignedOutKeepsItsQuery() {
    PortalHttp client = new PortalHttp();
    HttpResponse<String> moved = client.get(PortalHttp.PORTAL + "coordinator/school.xhtml?id=1");
    assertEquals(301, moved.statusCode());
    String link = PortalHttp.location(moved);
    assertEquals(PortalHttp.PORTAL + "network/school.xhtml?id=1", link);
    HttpResponse<String> challenge = client.get(link);
    assertTrue(PortalHttp.isRedirect(challenge), "not sent to sign in");

    String callback =
        client.submitLoginForm(
            PortalHttp.location(challenge), "coordinator-helsinki", Browser.DEMO_PASSWORD);
    HttpResponse<String> landed = followOnThePortal(client, client.get(callback));

    assertEquals(link, landed.uri().toString());
    assertTrue(PortalHttp.isSignedInPage(landed), "status " + landed.statusCode());
  }

  @Test
  @DisplayName("A planted return address never sends a signed-in user off the portal's own page")
  void plantedReturnAddressIsNoOpenRedirect() {
    List<String> cookieValues =
        Stream.concat(
                Stream.of(
                        "https://evil.example/home.xhtml?x=1",
                        "//evil.example/home.xhtml?x=1",
                        "/?x=1\r\nLocation: https://evil.example/")
                    .map(planted -> URLEncoder.encode(planted, StandardCharsets.UTF_8)),
                // Not URL encoding at all: no address, and no 500 at the sign-in.
                Stream.of("%zz"))
            .toList();
    for (String planted : cookieValues) {
      PortalHttp client = new PortalHttp();
      client.setCookie("opeverkko-return", planted);
      String callback =
          client.submitLoginForm(client.authorizationUrl(), "principal", Browser.DEMO_PASSWORD);
      HttpResponse<String> landed = followOnThePortal(client, client.get(callback));
      assertEquals(PortalHttp.PORTAL, landed.uri().toString(), planted);
      assertTrue(PortalHttp.isSignedInPage(landed), planted);
    }
  }

  /** Follows redirects, failing on any that leaves the portal. */
  private static HttpResponse<String> followOnThePortal(
      PortalHttp client, HttpResponse<String> response) {
    HttpResponse<String> current = response;
    for (int hops = 0; PortalHttp.isRedirect(current) && hops < 10; hops++) {
      String next = PortalHttp.location(current);
      assertTrue(next.startsWith(PortalHttp.PORTAL), "sent off the portal to " + next);
      current = client.get(next);
    }
    return current;
  }
}
