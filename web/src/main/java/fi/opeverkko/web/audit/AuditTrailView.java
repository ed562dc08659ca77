package fi.opeverkko.web.audit;

import fi.opeverkko.audit.AuditEvent;
import fi.opeverkko.audit.AuditLog;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail for admins, newest first, paged lazily. */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditLog auditLog;

  private final LazyDataModel<AuditEvent> events = new Events();

  public LazyDataModel<AuditEvent> getEvents() {
    return events;
  }

  /** The event's time in UTC, as Faces' date converter takes it. */
  public Date utc(AuditEvent event) {
    return Date.from(event.getOccurredAtUtc().toInstant(ZoneOffset.UTC));
  }

  private final class Events extends LazyDataModel<AuditEvent> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(auditLog.count());
    }

    @Override
    public List<AuditEvent> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return auditLog.newestFirst(first, pageSize);
    }

    @Override
    public String getRowKey(AuditEvent event) {
      return null;
    }

    @Override
    public AuditEvent getRowData(String rowKey) {
      return null;
    }
  }
}
