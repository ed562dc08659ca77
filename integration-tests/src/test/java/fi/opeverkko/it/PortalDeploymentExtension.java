package fi.opeverkko.it;

import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * How the tests deploy the portal once, not once a class: the in-container classes' archive is kept
 * from class to class ({@link ReusedDeployment}), and the {@link SharedPortal} is taken away before
 * Arquillian deploys an archive of the same name and before it stops the server, so that no
 * deployment outlives the test run.
 */
public final class PortalDeploymentExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Listener.class);
    builder.observer(ReusedDeployment.class);
  }

  /** Arquillian's observer: a public class with a public no-argument constructor. */
  public static final class Listener {

    public void beforeDeploy(@Observes BeforeDeploy event) {
      SharedPortal.undeployIfPresent();
    }

    public void beforeStop(@Observes BeforeStop event) {
      SharedPortal.undeployIfPresent();
    }
  }
}
