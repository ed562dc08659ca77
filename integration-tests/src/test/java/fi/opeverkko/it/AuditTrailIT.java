package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.opeverkko.audit.AuditEvent;
import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.network.NetworkOverviewService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail records refusals for good, cannot be forged, and is for admins only. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private NetworkOverviewService network;
  @Inject private AuditLog auditLog;

  private AuditEvent newestEvent() {
    signInAs.user("admin", true, false, null);
    return auditLog.newestFirst(0, 1).get(0);
  }

  @Test
  @DisplayName("A refused use case is rolled back but its refusal stays recorded")
  void refusalIsRecorded() {
    signInAs.coordinator("ESPOO");
    assertThrows(AccessDeniedException.class, () -> network.cityOverview("VANTAA"));

    AuditEvent event = newestEvent();
    assertEquals("coordinator-espoo", event.getSubject());
    assertEquals(AuditOutcome.REFUSED, event.getOutcome());
    assertEquals("city VANTAA", event.getObjectRef());
  }

  @Test
  @DisplayName("User input cannot forge a line of its own in the audit trail")
  void lineBreaksCannotForgeLines() {
    auditLog.record(
        "mallory\n2026-01-01 audit subject=admin", "SIGN_IN", "x\r\ny", AuditOutcome.SUCCESS);

    AuditEvent event = newestEvent();
    assertFalse(event.getSubject().contains("\n"), event.getSubject());
    assertFalse(event.getObjectRef().contains("\n"), event.getObjectRef());
    assertEquals("mallory 2026-01-01 audit subject=admin", event.getSubject());
  }

  @Test
  @DisplayName("Only admins may read the audit trail")
  void onlyAdminsReadTheTrail() {
    signInAs.coordinator("HELSINKI");

    assertThrows(AccessDeniedException.class, () -> auditLog.newestFirst(0, 10));
    assertThrows(AccessDeniedException.class, () -> auditLog.count());
  }
}
