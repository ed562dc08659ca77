package fi.opeverkko.platform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * JSON-P builders from one factory. {@code Json.createObjectBuilder()} and its kin look the
 * provider up through the ServiceLoader on every call: in the demo's load that lookup was a third
 * of issuing each badge credential.
 */
public final class JsonBuilders {

  private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());

  private JsonBuilders() {}

  public static JsonObjectBuilder object() {
    return FACTORY.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return FACTORY.createArrayBuilder();
  }
}
