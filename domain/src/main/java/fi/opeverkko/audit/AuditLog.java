package fi.opeverkko.audit;

import fi.opeverkko.identity.AccessRefused;
import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * The audit trail: sign-ins, refusals and changes of data, kept in the database for the admins and
 * mirrored to the server log. Never given tokens, view state, session ids or passwords: callers
 * pass only the user name, an action name and the object's reference.
 */
@Stateless
public class AuditLog {

  private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
  private static final int SUBJECT_MAX = 100;
  private static final int ACTION_MAX = 60;
  private static final int OBJECT_MAX = 200;

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  /**
   * Records an event in a transaction of its own, so that a refusal stays recorded when the use
   * case it refused rolls back.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(String subject, String action, String objectRef, AuditOutcome outcome) {
    AuditEvent event =
        new AuditEvent(
            LocalDateTime.now(ZoneOffset.UTC),
            clean(subject == null ? "anonymous" : subject, SUBJECT_MAX),
            clean(action, ACTION_MAX),
            objectRef == null ? null : clean(objectRef, OBJECT_MAX),
            outcome);
    em.persist(event);
    LOG.info(
        () ->
            "audit subject="
                + event.getSubject()
                + " action="
                + event.getAction()
                + " object="
                + event.getObjectRef()
                + " outcome="
                + outcome);
  }

  /** Every refusal announced anywhere in the domain is recorded. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void onRefusal(@Observes AccessRefused refusal) {
    record(refusal.subject(), "REFUSED_ACCESS", refusal.what(), AuditOutcome.REFUSED);
  }

  /** The newest events first, one page at a time: for admins only. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AuditEvent> newestFirst(int first, int pageSize) {
    currentUser.require(PortalRole.ADMIN);
    return em.createNamedQuery(AuditEvent.NEWEST_FIRST, AuditEvent.class)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count() {
    currentUser.require(PortalRole.ADMIN);
    return em.createNamedQuery(AuditEvent.COUNT, Long.class).getSingleResult();
  }

  /**
   * Control characters (line breaks above all) become spaces, so a value can never start a line of
   * its own in the log; over-long values are cut.
   */
  static String clean(String value, int maxLength) {
    String oneLine = value.replaceAll("\\p{Cntrl}", " ");
    return oneLine.length() <= maxLength ? oneLine : oneLine.substring(0, maxLength);
  }
}
