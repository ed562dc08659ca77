package fi.opeverkko.it;

import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Takes the {@link SharedPortal} away before Arquillian deploys an archive of the same name, and
 * before it stops the server, so that no deployment outlives the test run.
 */
public final class SharedPortalObserver implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Listener.class);
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
