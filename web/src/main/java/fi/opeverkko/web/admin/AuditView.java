package fi.opeverkko.web.admin;

import fi.opeverkko.audit.AuditEvent;
import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.web.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.Date;
import org.primefaces.model.LazyDataModel;

/** The audit trail for admins, newest first, paged lazily. */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditLog auditLog;

  private final LazyDataModel<AuditEvent> events =
      new PagedModel<>(
          () -> auditLog.count(),
          (first, size) -> auditLog.newestFirst(first, size),
          AuditEvent::getId);

  public LazyDataModel<AuditEvent> getEvents() {
    return events;
  }

  /** The event's time in UTC, as Faces' date converter takes it. */
  public Date utc(AuditEvent event) {
    return Date.from(event.getOccurredAtUtc().toInstant(ZoneOffset.UTC));
  }
}
