package fi.opeverkko.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's one JSON-B: a body with a field the resource does not know is refused (Yasson's {@code
 * jsonb.fail-on-unknown-properties}) rather than silently dropped, so a misspelt field never goes
 * unnoticed; {@code null} fields are left out. Dates are ISO 8601 (JSON-B's default), times with
 * their offset.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ApiJson implements ContextResolver<Jsonb> {

  static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withNullValues(false)
              .setProperty("jsonb.fail-on-unknown-properties", true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
