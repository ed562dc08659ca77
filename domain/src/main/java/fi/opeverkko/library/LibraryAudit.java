package fi.opeverkko.library;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Records a library use case in the audit log once its transaction has committed: a publication
 * whose file is refused rolls back whole, and no audit row then says it was published.
 *
 * @param subject who did it
 * @param action what they did
 * @param itemId on which item
 */
record LibraryAudit(String subject, String action, Long itemId) {

  /** Writes the committed use cases to the audit log. */
  @ApplicationScoped
  static class Recorder {

    @Inject private AuditLog auditLog;

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) LibraryAudit done) {
      auditLog.record(
          done.subject(), done.action(), "library item " + done.itemId(), AuditOutcome.SUCCESS);
    }
  }
}
