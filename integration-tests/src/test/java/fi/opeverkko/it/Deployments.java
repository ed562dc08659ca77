package fi.opeverkko.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the tests deploy: always the real EAR the build made, never a hand-picked subset,
 * plus the demo module, so that every test starts from the demo network.
 */
public final class Deployments {

  private static final String DEMO_MODULE = "opeverkko-demo.jar";
  private static final String TEST_MODULE = "opeverkko-tests.war";

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
   * The portal with its demo data plus a small test module holding the test classes, so
   * in-container tests call the real services, persistence unit and migrations.
   */
  public static EnterpriseArchive portalWithTests(Class<?>... testClasses) {
    return portalWithTests(List.of(), testClasses);
  }

  /**
   * The same, with the jars holding some library classes (e.g. a test SMTP server) added to the
   * test module.
   */
  public static EnterpriseArchive portalWithTests(
      List<Class<?>> libraryClasses, Class<?>... testClasses) {
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, TEST_MODULE)
            .addClasses(testClasses)
            .addClass(Deployments.class)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    for (Class<?> library : libraryClasses) {
      tests.addAsLibrary(jarOf(library));
    }
    return withModule(
        portal().addAsModule(Testable.archiveToTest(tests)),
        "<web><web-uri>"
            + TEST_MODULE
            + "</web-uri><context-root>/opeverkko-tests</context-root></web>");
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
