package fi.opeverkko.it;

import com.ethlo.time.ITU;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.networknt.schema.JsonSchemaFactory;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.yaml.snakeyaml.Yaml;

/**
 * The archives the tests deploy: always the real EAR the build made, never a hand-picked subset,
 * plus the demo module, so that every test starts from the demo network.
 */
public final class Deployments {

  private static final String DEMO_MODULE = "opeverkko-demo.jar";
  private static final String TEST_MODULE = "opeverkko-tests.war";

  /** The JSON schema of an Open Badges credential, which the badge tests validate against. */
  static final String OPEN_BADGES_SCHEMA = "openbadges/ob_v3p0_achievementcredential_schema.json";

  /**
   * Libraries the in-container tests use that the portal does not bring: a test mail server, and a
   * JSON schema validator with what it needs.
   */
  private static final List<Class<?>> TEST_LIBRARIES =
      List.of(
          GreenMail.class,
          JsonSchemaFactory.class,
          ObjectMapper.class,
          JsonFactory.class,
          JsonProperty.class,
          YAMLFactory.class,
          Yaml.class,
          ITU.class);

  private Deployments() {}

  /** The portal as shipped, with the demo data (as {@code bin/portal start} runs it). */
  public static EnterpriseArchive portal() {
    EnterpriseArchive ear =
        ShrinkWrap.create(ZipImporter.class, "opeverkko.ear")
            .importFrom(built("opeverkko.ear", "../ear/target/opeverkko.ear"))
            .as(EnterpriseArchive.class);
    JavaArchive demo =
        ShrinkWrap.create(ZipImporter.class, DEMO_MODULE)
            .importFrom(built("opeverkko.demo.jar", "../demo/target/" + DEMO_MODULE))
            .as(JavaArchive.class);
    return withModule(ear.addAsModule(demo), "<ejb>" + DEMO_MODULE + "</ejb>");
  }

  /**
   * The portal with its demo data plus a test module holding the test classes, so in-container
   * tests call the real services, persistence unit and migrations. One archive for every
   * in-container class (all of this package's classes and the libraries they use), so that it is
   * deployed once for all of them ({@link ReusedDeployment}). Its beans are the annotated classes:
   * the browser tests' classes are in it too, but their libraries are not, and they are never
   * loaded in the server.
   */
  public static EnterpriseArchive portalWithTests() {
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, TEST_MODULE)
            .addPackages(false, Deployments.class.getPackage())
            .addAsResource(OPEN_BADGES_SCHEMA)
            .addAsWebInfResource(
                new StringAsset(
                    "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"annotated\"/>"),
                "beans.xml");
    for (Class<?> library : TEST_LIBRARIES) {
      tests.addAsLibrary(jarOf(library));
    }
    return withModule(
        portal().addAsModule(Testable.archiveToTest(tests)),
        "<web><web-uri>"
            + TEST_MODULE
            + "</web-uri><context-root>/opeverkko-tests</context-root></web>");
  }

  /** Whether this archive is {@link #portalWithTests()}'s, by the test module in it. */
  static boolean isInContainerArchive(Archive<?> archive) {
    return archive instanceof EnterpriseArchive && archive.contains(TEST_MODULE);
  }

  /** An archive the build made, at the path the build passes in the property. */
  private static File built(String property, String defaultPath) {
    File file = new File(System.getProperty(property, defaultPath));
    if (!file.isFile()) {
      throw new IllegalStateException(
          "No " + file.getName() + " at " + file.getAbsolutePath() + ": run 'mvn install' first");
    }
    return file;
  }

  private static File jarOf(Class<?> libraryClass) {
    try {
      return new File(libraryClass.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The EAR's application.xml lists its modules, so a module added must be listed there too. */
  private static EnterpriseArchive withModule(EnterpriseArchive ear, String module) {
    try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
      String applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return ear.setApplicationXML(
          new StringAsset(
              applicationXml.replace(
                  "</application>", "<module>" + module + "</module></application>")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
