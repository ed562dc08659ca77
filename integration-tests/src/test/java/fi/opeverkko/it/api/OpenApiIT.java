package fi.opeverkko.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.OnSharedPortal;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ExplodedExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API's OpenAPI document at {@code /openapi}: a valid OpenAPI 3.1 document (Swagger's parser)
 * that holds every operation of every resource class of the built api war, each with a summary; the
 * badge catalogue marked public; refusals documented once, with their problem document.
 */
@OnSharedPortal
class OpenApiIT {

  @Test
  void describesEveryOperationOfTheApi(@TempDir File dir) throws Exception {
    HttpResponse<String> response =
        ApiClient.anonymous().get("http://localhost:8080/openapi?format=JSON");
    assertEquals(200, response.statusCode());
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body(), null, options);
    OpenAPI document = parsed.getOpenAPI();
    assertTrue(document.getOpenapi().startsWith("3.1"), document.getOpenapi());
    assertNotNull(document.getInfo().getDescription());

    Map<String, Operation> documented = new TreeMap<>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> documented.put(method + " " + path, operation)));
    List<String> inCode = operationsOfTheApiWar(dir);
    assertTrue(inCode.size() >= 12, inCode.toString());
    for (String operation : inCode) {
      String verb = operation.substring(0, operation.indexOf(' '));
      String path = operation.substring(operation.indexOf(' ') + 1);
      String key =
          documented.keySet().stream()
              .filter(candidate -> candidate.startsWith(verb + " ") && candidate.endsWith(path))
              .findFirst()
              .orElse(null);
      assertNotNull(key, operation + " is not in " + documented.keySet());
      assertNotNull(documented.get(key).getSummary(), key + " has no summary");
    }
    Operation request = operation(documented, "POST", "/v1/visits");
    assertFalse(
        request.getRequestBody().getContent().get("application/json").getExamples().isEmpty(),
        "the request has an example");
    Operation badges = operation(documented, "GET", "/v1/badges");
    assertTrue(
        badges.getSecurity().stream().anyMatch(Map::isEmpty),
        "the badge catalogue needs no token: " + badges.getSecurity());
    Operation schools = operation(documented, "GET", "/v1/schools");
    assertEquals(
        "#/components/responses/refused",
        schools.getResponses().get("403").get$ref(),
        "a refusal is the one documented refusal");
    assertNotNull(
        document
            .getComponents()
            .getResponses()
            .get("refused")
            .getContent()
            .get("application/problem+json")
            .getExamples()
            .get("forbidden"),
        "the refusal's problem document has an example");
    assertNotNull(document.getInfo().getLicense().getIdentifier(), "the terms' identifier");
    assertEquals(List.of(), parsed.getMessages(), "a valid document: " + response.body());
  }

  /** "GET /v1/schools/{id}" and so on, read from the JAX-RS annotations of the built war. */
  private static List<String> operationsOfTheApiWar(File dir)
      throws IOException, ReflectiveOperationException {
    EnterpriseArchive ear =
        ShrinkWrap.create(ZipImporter.class, "opeverkko.ear")
            .importFrom(
                new File(System.getProperty("opeverkko.ear", "../ear/target/opeverkko.ear")))
            .as(EnterpriseArchive.class);
    WebArchive war =
        ShrinkWrap.create(ZipImporter.class, "opeverkko-api.war")
            .importFrom(ear.get("opeverkko-api.war").getAsset().openStream())
            .as(WebArchive.class);
    File exploded = war.as(ExplodedExporter.class).exportExploded(dir);
    File classes = new File(exploded, "WEB-INF/classes");
    List<String> operations = new ArrayList<>();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toURI().toURL()}, OpenApiIT.class.getClassLoader())) {
      String root = "/" + applicationPath(loader, classes);
      for (String name : classNames(classes)) {
        Class<?> type = loader.loadClass(name);
        Path path = type.getAnnotation(Path.class);
        if (path == null) {
          continue;
        }
        for (Method method : type.getDeclaredMethods()) {
          String verb = verbOf(method);
          if (verb != null) {
            Path sub = method.getAnnotation(Path.class);
            operations.add(
                verb + " " + root + "/" + path.value() + (sub == null ? "" : "/" + sub.value()));
          }
        }
      }
    }
    return operations;
  }

  private static String applicationPath(ClassLoader loader, File classes)
      throws IOException, ReflectiveOperationException {
    for (String name : classNames(classes)) {
      ApplicationPath path = loader.loadClass(name).getAnnotation(ApplicationPath.class);
      if (path != null) {
        return path.value().replaceAll("^/|/$", "");
      }
    }
    throw new IllegalStateException("no @ApplicationPath");
  }

  private static String verbOf(Method method) {
    return Arrays.stream(method.getAnnotations())
        .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
        .filter(Objects::nonNull)
        .map(HttpMethod::value)
        .findFirst()
        .orElse(null);
  }

  private static List<String> classNames(File classes) throws IOException {
    try (var files = Files.walk(classes.toPath())) {
      return files
          .map(p -> classes.toPath().relativize(p).toString())
          .filter(p -> p.endsWith(".class") && !p.contains("$"))
          .map(p -> p.substring(0, p.length() - ".class".length()).replace(File.separatorChar, '.'))
          .collect(Collectors.toList());
    }
  }

  /** The documented operation of this verb whose path ends so. */
  private static Operation operation(Map<String, Operation> documented, String verb, String path) {
    return documented.entrySet().stream()
        .filter(e -> e.getKey().startsWith(verb) && e.getKey().endsWith(path))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError(verb + " " + path + " is not documented"));
  }
}
