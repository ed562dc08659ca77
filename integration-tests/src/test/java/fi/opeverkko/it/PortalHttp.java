package fi.opeverkko.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with its own cookies that signs in through the real Keycloak login form, step
 * by step, so that tests can look at every request and response of the OIDC flow.
 */
public final class PortalHttp {

  public static final String PORTAL = "http://localhost:8080/";
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static final Pattern CSP_NONCE =
      Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern HIDDEN_INPUT =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

  private final String portal;
  private final CookieManager cookies = new LocalhostCookieManager();
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public PortalHttp() {
    this(PORTAL);
  }

  /** A client of the portal at another address (the cluster's balancer, ClusterDrill). */
  public PortalHttp(String portal) {
    this.portal = portal;
  }

  public HttpResponse<String> get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
  }

  public HttpResponse<String> post(String url, Map<String, String> form) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
            .build());
  }

  /** A Faces AJAX request, as PrimeFaces' script sends it: answered by a partial response. */
  public HttpResponse<String> ajax(String url, Map<String, String> form) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("Faces-Request", "partial/ajax")
            .header("X-Requested-With", "XMLHttpRequest")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
            .build());
  }

  /**
   * Presses a page's non-AJAX button whose answer is a file (a download): posts the button's form
   * with the page's hidden fields (view state, PrimeFaces' nonce) and reads the answer as bytes.
   */
  public HttpResponse<byte[]> download(HttpResponse<String> page, String formId, String buttonId) {
    Map<String, String> form = hiddenFields(page);
    form.put(formId, formId);
    form.put(formId + ":" + buttonId, "");
    try {
      return client.send(
          HttpRequest.newBuilder(page.uri())
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Presses a page's AJAX button as PrimeFaces does: the button's form with the page's hidden
   * fields and the given field values, executing {@code execute} and rendering {@code render}
   * (client ids, space separated), with its CSP nonce; the answer is the partial response.
   */
  public HttpResponse<String> ajax(
      HttpResponse<String> page,
      String formId,
      String buttonId,
      String execute,
      String render,
      Map<String, String> fields) {
    Map<String, String> form = hiddenFields(page);
    String source = formId + ":" + buttonId;
    form.put(formId, formId);
    form.putAll(fields);
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", source);
    form.put("jakarta.faces.partial.execute", execute);
    form.put("jakarta.faces.partial.render", render);
    form.put(source, source);
    // PrimeFaces refuses an AJAX postback without the page's CSP nonce.
    Matcher nonce = CSP_NONCE.matcher(page.body());
    if (nonce.find()) {
      form.put("primefaces.nonce", nonce.group(1));
    }
    return send(
        HttpRequest.newBuilder(page.uri())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Faces-Request", "partial/ajax")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
            .build());
  }

  /**
   * Presses a page's button that sends its form with a file (multipart, without AJAX), from the
   * page as a browser does: with the page's hidden fields, the given fields and the page as the
   * referrer.
   */
  public HttpResponse<String> upload(
      HttpResponse<String> page,
      String formId,
      String buttonId,
      Map<String, String> fields,
      String fileField,
      String fileName,
      byte[] content) {
    Map<String, String> form = hiddenFields(page);
    form.put(formId, formId);
    form.putAll(fields);
    form.put(formId + ":" + buttonId, "");
    String boundary = "----portal-http-" + System.nanoTime();
    StringBuilder head = new StringBuilder();
    form.forEach(
        (name, value) ->
            head.append("--" + boundary + "\r\n")
                .append("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
                .append(value + "\r\n"));
    head.append("--" + boundary + "\r\n")
        .append(
            "Content-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\n")
        .append("Content-Type: application/octet-stream\r\n\r\n");
    return send(
        HttpRequest.newBuilder(URI.create(page.uri().toString().replaceFirst("\\?.*", "")))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Referer", page.uri().toString())
            .POST(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head.toString()),
                    HttpRequest.BodyPublishers.ofByteArray(content),
                    HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
            .build());
  }

  private static Map<String, String> hiddenFields(HttpResponse<String> page) {
    Map<String, String> form = new LinkedHashMap<>();
    Matcher hidden = HIDDEN_INPUT.matcher(page.body());
    while (hidden.find()) {
      form.putIfAbsent(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
    }
    return form;
  }

  /** Follows redirects from the response on, returning the first non-redirect response. */
  public HttpResponse<String> follow(HttpResponse<String> response) {
    HttpResponse<String> current = response;
    for (int hops = 0; isRedirect(current) && hops < 10; hops++) {
      current = get(location(current));
    }
    return current;
  }

  /** The portal's redirect to Keycloak's authorization endpoint, for a first visit. */
  public String authorizationUrl() {
    HttpResponse<String> response = get(portal);
    if (!isRedirect(response)) {
      throw new IllegalStateException(
          "expected a redirect to Keycloak, got " + response.statusCode());
    }
    return location(response);
  }

  /**
   * Signs in on Keycloak's form and returns the callback URL Keycloak sends the browser to
   * (carrying code and state), without visiting it yet.
   */
  public String submitLoginForm(String authorizationUrl, String loginName, String password) {
    HttpResponse<String> form = get(authorizationUrl);
    Matcher action = FORM_ACTION.matcher(form.body());
    if (!action.find()) {
      throw new IllegalStateException("no Keycloak login form at " + authorizationUrl);
    }
    HttpResponse<String> submitted =
        post(
            action.group(1).replace("&amp;", "&"),
            Map.of("username", loginName, "password", password, "credentialId", ""));
    if (!isRedirect(submitted)) {
      throw new IllegalStateException(
          "login of " + loginName + " refused: " + submitted.statusCode());
    }
    return location(submitted);
  }

  /** The whole sign-in: portal, Keycloak form, callback, back on the portal's home page. */
  public HttpResponse<String> signIn(String loginName) {
    String callback = submitLoginForm(authorizationUrl(), loginName, Browser.DEMO_PASSWORD);
    return follow(get(callback));
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /**
   * Takes the other client's Keycloak cookies (its single sign-on: their path is the realm's), not
   * its portal session: as a second tab of one browser, this client is signed in by Keycloak
   * without a password.
   */
  public void shareSignOn(PortalHttp other) {
    for (URI uri : other.cookies.getCookieStore().getURIs()) {
      for (HttpCookie cookie : other.cookies.getCookieStore().get(uri)) {
        if (cookie.getPath() != null && cookie.getPath().startsWith("/realms/")) {
          cookies.getCookieStore().add(uri, cookie);
        }
      }
    }
  }

  /**
   * Every cookie this client holds, each with the address it came from (a cookie's own path and
   * domain may be unset, and then that address tells them).
   */
  public Map<HttpCookie, URI> cookies() {
    Map<HttpCookie, URI> all = new LinkedHashMap<>();
    for (URI uri : cookies.getCookieStore().getURIs()) {
      cookies.getCookieStore().get(uri).forEach(cookie -> all.put(cookie, uri));
    }
    return all;
  }

  public void setCookie(String name, String value) {
    HttpCookie cookie = new HttpCookie(name, value);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(URI.create(portal), cookie);
  }

  public static String viewStateOf(HttpResponse<String> page) {
    Matcher matcher = VIEW_STATE.matcher(page.body());
    if (!matcher.find()) {
      throw new IllegalStateException("no view state on the page");
    }
    return matcher.group(1);
  }

  /** Whether the response is a portal page shown to a signed-in user (the header names them). */
  public static boolean isSignedInPage(HttpResponse<String> response) {
    return response.statusCode() == 200 && response.body().contains("id=\"person-name\"");
  }

  public static boolean isRedirect(HttpResponse<?> response) {
    return response.statusCode() / 100 == 3
        && response.headers().firstValue("Location").isPresent();
  }

  public static String location(HttpResponse<?> response) {
    String location = response.headers().firstValue("Location").orElseThrow();
    return URI.create(response.uri().toString()).resolve(location).toString();
  }

  public static Map<String, String> queryOf(String url) {
    Map<String, String> params = new LinkedHashMap<>();
    String query = URI.create(url).getRawQuery();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      params.put(
          pair.substring(0, eq),
          java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }

  /**
   * Browsers count http://localhost as a secure context and send Keycloak's Secure cookies there;
   * Java's cookie manager does not, so here they are kept as plain cookies.
   */
  private static final class LocalhostCookieManager extends CookieManager {
    @Override
    public void put(URI uri, Map<String, java.util.List<String>> responseHeaders)
        throws IOException {
      super.put(uri, responseHeaders);
      getCookieStore().getCookies().forEach(cookie -> cookie.setSecure(false));
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    return send(client, request);
  }

  /** Sends a request and reads the body as text; failures of the exchange fail the test. */
  static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
