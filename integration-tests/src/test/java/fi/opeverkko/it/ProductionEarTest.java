package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production EAR ships no demo: no class of {@code fi.opeverkko.demo}, no class named like demo
 * or sample data and no demo module, in the EAR or any archive inside it. (The demo module is added
 * only to what {@code bin/portal} and the integration tests deploy.) A unit test of the built EAR,
 * so {@code mvn install} runs it without a server.
 */
class ProductionEarTest {

  private static final Path EAR =
      Path.of(System.getProperty("opeverkko.ear", "../ear/target/opeverkko.ear"));

  @Test
  void shipsNoDemo() throws IOException {
    assertTrue(Files.isRegularFile(EAR), "No EAR at " + EAR.toAbsolutePath() + ": build it first");
    assertEquals(List.of(), demoIn(EAR), "demo code in " + EAR);
  }

  /** The check itself: what it must find, however deep, and what it must let pass. */
  @Test
  void findsDemoCodeInNestedArchives(@TempDir Path dir) throws IOException {
    byte[] domain =
        zip(
            Map.of(
                "fi/opeverkko/visits/VisitService.class", "",
                "fi/opeverkko/demo/DemoNetwork$1.class", ""));
    byte[] war =
        zip(
            Map.of(
                "WEB-INF/classes/fi/opeverkko/web/HomeView.class",
                "",
                "WEB-INF/lib/tools.jar",
                zip(Map.of("org/example/PlanSamples.class", ""))));
    Map<String, Object> ear = new LinkedHashMap<>();
    ear.put("opeverkko-domain.jar", domain);
    ear.put("opeverkko-web.war", war);
    ear.put("opeverkko-demo.jar", zip(Map.of()));
    Path fixture = dir.resolve("fixture.ear");
    Files.write(fixture, zip(ear));

    assertEquals(
        List.of(
            "opeverkko-domain.jar!/fi/opeverkko/demo/DemoNetwork$1.class",
            "opeverkko-web.war!/WEB-INF/lib/tools.jar!/org/example/PlanSamples.class",
            "opeverkko-demo.jar"),
        demoIn(fixture));
  }

  private static List<String> demoIn(Path archive) throws IOException {
    List<String> found = new ArrayList<>();
    try (InputStream in = Files.newInputStream(archive)) {
      collectDemo(new ZipInputStream(in), "", found);
    }
    return found;
  }

  /** Walks one archive's entries, descending into the archives inside it. */
  private static void collectDemo(ZipInputStream zip, String prefix, List<String> found)
      throws IOException {
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      String name = entry.getName();
      boolean archive = name.matches(".*\\.(jar|war|rar|ear)");
      if (archive && fileName(name).toLowerCase(Locale.ROOT).contains("demo")) {
        found.add(prefix + name);
      } else if (archive) {
        // Not closed: closing the inner stream would close the outer one.
        collectDemo(new ZipInputStream(zip), prefix + name + "!/", found);
      } else if (name.endsWith(".class") && isDemoClass(name)) {
        found.add(prefix + name);
      }
    }
  }

  private static boolean isDemoClass(String entryName) {
    String path = entryName.replaceFirst("^WEB-INF/classes/", "");
    String simpleName = fileName(path).replaceFirst("(\\$.*)?\\.class$", "");
    return path.startsWith("fi/opeverkko/demo/")
        || simpleName.endsWith("Samples")
        || simpleName.contains("Demo");
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** A zip of the entries given, each a text or the bytes of an archive. */
  private static byte[] zip(Map<String, ?> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, ?> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(
            entry.getValue() instanceof byte[] content
                ? content
                : entry.getValue().toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
