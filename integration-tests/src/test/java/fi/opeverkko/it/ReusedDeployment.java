package fi.opeverkko.it;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.shrinkwrap.api.Archive;

/**
 * The in-container classes' archive ({@link Deployments#portalWithTests()}, the same for every
 * class) deployed once and kept for the next class, instead of deployed and undeployed around each
 * class: a deployment of the portal takes seconds. Any other archive, and the server's stop, take
 * it away first. Arquillian's observer: intercepts its deploy and undeploy events innermost (lowest
 * precedence), inside the deployment's context, and gives a kept deployment's metadata to the next
 * class as its own deploy would have.
 */
public final class ReusedDeployment {

  /** The archive deployed and kept, its container and what the deploy answered; or null. */
  private record Kept(
      DeployableContainer<?> container, Archive<?> archive, ProtocolMetaData metaData) {}

  private static Kept kept;

  @Inject @DeploymentScoped private InstanceProducer<DeploymentDescription> description;
  @Inject @DeploymentScoped private InstanceProducer<Deployment> deployment;
  @Inject @DeploymentScoped private InstanceProducer<ProtocolMetaData> protocolMetaData;

  public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context)
      throws Exception {
    DeployDeployment event = context.getEvent();
    Deployment next = event.getDeployment();
    boolean reusable = Deployments.isInContainerArchive(next.getDescription().getArchive());
    if (reusable && kept != null) {
      description.set(next.getDescription());
      deployment.set(next);
      protocolMetaData.set(kept.metaData());
      next.deployed();
      return;
    }
    undeployKept();
    context.proceed();
    if (reusable && next.isDeployed()) {
      kept =
          new Kept(
              event.getDeployableContainer(),
              archiveOf(next.getDescription()),
              protocolMetaData.get());
    }
  }

  public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
    Deployment leaving = context.getEvent().getDeployment();
    if (kept != null && Deployments.isInContainerArchive(leaving.getDescription().getArchive())) {
      leaving.undeployed();
      return;
    }
    context.proceed();
  }

  public void beforeStop(@Observes BeforeStop event) throws Exception {
    undeployKept();
  }

  private static Archive<?> archiveOf(DeploymentDescription description) {
    return description.getTestableArchive() != null
        ? description.getTestableArchive()
        : description.getArchive();
  }

  /** Takes the kept deployment away, e.g. before the shared portal of the same name comes. */
  static synchronized void undeployKept() throws Exception {
    if (kept != null) {
      Kept leaving = kept;
      kept = null;
      leaving.container().undeploy(leaving.archive());
    }
  }
}
