package fi.opeverkko.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A strong {@code ETag} on every successful read, the SHA-256 of the JSON answered: a caller that
 * sends it back in {@code If-None-Match} gets 304 without the body when nothing changed. The JSON
 * is written here once, so the tag is of exactly the bytes sent. The answer depends on the caller
 * (scope) and their language, never kept by shared caches.
 */
@Provider
public class ETags implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!HttpMethod.GET.equals(request.getMethod())
        || response.getStatus() != Response.Status.OK.getStatusCode()
        || response.getEntity() == null) {
      return;
    }
    byte[] json = ApiJson.JSONB.toJson(response.getEntity()).getBytes(StandardCharsets.UTF_8);
    String tag = "\"" + digest(json) + "\"";
    response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    response.getHeaders().putSingle(HttpHeaders.VARY, "Authorization, Accept-Language");
    if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
      response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
      response.setEntity(null);
    } else {
      response.setEntity(json, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
    }
  }

  private static boolean matches(String ifNoneMatch, String tag) {
    return ifNoneMatch != null
        && Arrays.stream(ifNoneMatch.split(","))
            .map(String::trim)
            .anyMatch(candidate -> candidate.equals(tag) || candidate.equals("*"));
  }

  private static String digest(byte[] bytes) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
