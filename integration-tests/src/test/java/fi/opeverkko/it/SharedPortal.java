package fi.opeverkko.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The portal with its demo data ({@link Deployments#portal()}), deployed once and shared by every
 * {@link OnSharedPortal} class instead of deployed and undeployed around each of them: a deployment
 * takes seconds, and the data lives in the database, which deployments never reset. It makes way
 * when Arquillian deploys an in-container test's archive or stops the server ({@link
 * PortalDeploymentExtension}), and comes back for the next class that needs it; the in-container
 * classes' archive, when it was kept ({@link ReusedDeployment}), serves as the shared portal.
 */
public final class SharedPortal implements BeforeAllCallback {

  private static final String NAME = "opeverkko.ear";
  private static final int MANAGEMENT_PORT = 9990;

  @Override
  public void beforeAll(ExtensionContext context) {
    deployIfAbsent();
  }

  static synchronized void deployIfAbsent() {
    try (ModelControllerClient client = client()) {
      // The in-container classes' kept archive holds the same portal and demo: served as well.
      if (present(client)) {
        return;
      }
      File ear = new File(System.getProperty("opeverkko.test.dir", "target"), "shared/" + NAME);
      ear.getParentFile().mkdirs();
      Deployments.portal().as(ZipExporter.class).exportTo(ear, true);
      ModelNode add = Operations.createAddOperation(address());
      ModelNode content = add.get("content").add();
      content.get("path").set(ear.getAbsolutePath());
      content.get("archive").set(true);
      add.get("enabled").set(true);
      execute(client, add, "deploy the shared portal");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static synchronized void undeployIfPresent() {
    try (ModelControllerClient client = client()) {
      if (present(client) && isShared(client)) {
        execute(client, Operations.createRemoveOperation(address()), "undeploy the shared portal");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a deployment of the portal's name is there, the shared one or another. */
  private static boolean present(ModelControllerClient client) throws IOException {
    return Operations.isSuccessfulOutcome(
        client.execute(Operations.createReadResourceOperation(address())));
  }

  /** Only the shared deployment is ours to remove; Arquillian removes what it deployed itself. */
  private static boolean isShared(ModelControllerClient client) throws IOException {
    ModelNode content =
        client.execute(Operations.createReadAttributeOperation(address(), "content"));
    return Operations.isSuccessfulOutcome(content)
        && Operations.readResult(content).get(0).hasDefined("path");
  }

  private static ModelNode address() {
    return Operations.createAddress("deployment", NAME);
  }

  private static void execute(ModelControllerClient client, ModelNode operation, String what)
      throws IOException {
    ModelNode result = client.execute(operation);
    if (!Operations.isSuccessfulOutcome(result)) {
      throw new IllegalStateException(
          "Could not " + what + ": " + Operations.getFailureDescription(result).asString());
    }
  }

  private static ModelControllerClient client() throws IOException {
    return ModelControllerClient.Factory.create(InetAddress.getLoopbackAddress(), MANAGEMENT_PORT);
  }
}
