package fi.opeverkko.courses;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Records a course's use case in the audit log once its transaction has committed. The audit log
 * writes in a transaction (and a connection) of its own; taking that while the course's lock is
 * held would let a sign-up that holds the lock wait for a connection held by sign-ups waiting for
 * the lock (50 teachers at once, 20 connections). After the commit the lock is free.
 *
 * @param subject who did it
 * @param action what they did
 * @param courseId on which course
 */
record CourseAudit(String subject, String action, Long courseId) {

  /** Writes the committed use cases to the audit log. */
  @ApplicationScoped
  static class Recorder {

    @Inject private AuditLog auditLog;

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseAudit done) {
      auditLog.record(
          done.subject(), done.action(), "course " + done.courseId(), AuditOutcome.SUCCESS);
    }
  }
}
