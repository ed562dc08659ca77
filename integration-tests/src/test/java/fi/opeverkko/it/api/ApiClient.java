package fi.opeverkko.it.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An outside system's client of the API, written as one would be without the portal's classes:
 * plain {@code java.net.http}, tokens straight from Keycloak's token endpoint, JSON read as a tree.
 */
final class ApiClient {

  static final String API = "http://localhost:8080/api/v1/";
  private static final String TOKEN_ENDPOINT =
      "http://localhost:8180/realms/opeverkko/protocol/openid-connect/token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String token;

  private ApiClient(String token) {
    this.token = token;
  }

  /** A system of a city: its service account's token by the client credentials grant. */
  static ApiClient system(String city) {
    String client = "opeverkko-system-" + city;
    return new ApiClient(
        TOKENS.computeIfAbsent(
            client,
            key ->
                token(
                    "grant_type=client_credentials&client_id="
                        + key
                        + "&client_secret="
                        + key
                        + "-secret")));
  }

  /** A person's own token for a demo login, by the demo client's direct grant. */
  static ApiClient user(String login) {
    return new ApiClient(
        TOKENS.computeIfAbsent(
            login,
            key ->
                token(
                    "grant_type=password&client_id=opeverkko-api-demo&username="
                        + URLEncoder.encode(key, StandardCharsets.UTF_8)
                        + "&password=demo")));
  }

  /** No token at all. */
  static ApiClient anonymous() {
    return new ApiClient(null);
  }

  HttpResponse<String> get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  HttpResponse<String> post(String path, String body, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  /** Every item of a paged list, page by page ({@code limit} at a time) until hasNext is false. */
  List<JsonNode> everyItem(String path, int limit) {
    List<JsonNode> items = new ArrayList<>();
    String separator = path.contains("?") ? "&" : "?";
    JsonNode page;
    int number = 0;
    do {
      HttpResponse<String> response =
          get(path + separator + "limit=" + limit + "&page=" + number++);
      if (response.statusCode() != 200) {
        throw new IllegalStateException(response.statusCode() + " " + response.body());
      }
      page = json(response);
      page.get("items").forEach(items::add);
    } while (page.get("hasNext").asBoolean());
    return items;
  }

  static JsonNode json(HttpResponse<String> response) {
    return json(response.body());
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(body, e);
    }
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : API + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String token(String form) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(TOKEN_ENDPOINT))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString(form))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      JsonNode token = JSON.readTree(response.body()).get("access_token");
      if (token == null) {
        throw new IllegalStateException("No token: " + response.body());
      }
      return token.asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
