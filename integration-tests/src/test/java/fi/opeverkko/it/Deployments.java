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
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the tests deploy: always the real EAR the build made, never a hand-picked subset.
 */
public final class Deployments {

  private static final String TEST_MODULE = "opeverkko-tests.war";

  private Deployments() {}

  /** The portal exactly as shipped. */
  public static EnterpriseArchive portal() {
    File ear = new File(System.getProperty("opeverkko.ear", "../ear/target/opeverkko.ear"));
    if (!ear.isFile()) {
      throw new IllegalStateException(
          "No EAR at " + ear.getAbsolutePath() + ": run 'mvn install' first");
    }
    return ShrinkWrap.create(ZipImporter.class, "opeverkko.ear")
        .importFrom(ear)
        .as(EnterpriseArchive.class);
  }

  /**
   * The shipped portal plus a small test module holding the test classes, so in-container tests
   * call the real services, persistence unit and migrations.
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
    EnterpriseArchive ear = portal();
    return ear.addAsModule(Testable.archiveToTest(tests))
        .setApplicationXML(new StringAsset(withTestModule(ear)));
  }

  private static File jarOf(Class<?> libraryClass) {
    try {
      return new File(libraryClass.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The EAR's application.xml lists its modules, so the test module must be added there too. */
  private static String withTestModule(EnterpriseArchive ear) {
    try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
      String applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String module =
          "<module><web><web-uri>"
              + TEST_MODULE
              + "</web-uri>"
              + "<context-root>/opeverkko-tests</context-root></web></module>";
      return applicationXml.replace("</application>", module + "</application>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
