package fi.opeverkko.web.admin;

import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Outbox;
import fi.opeverkko.platform.OutboxLetter;
import fi.opeverkko.platform.OutboxStatus;
import fi.opeverkko.web.common.PagedModel;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * The mail outbox for admins: queued, sent and failed letters, newest first; failed ones retried.
 */
@Named
@ViewScoped
public class OutboxView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Outbox outbox;
  @Inject private Texts texts;

  private OutboxStatus status;
  private Map<OutboxStatus, Long> counts;

  private final LazyDataModel<OutboxLetter> letters =
      new PagedModel<>(
          () -> outbox.count(status),
          (first, size) -> outbox.newestFirst(status, first, size),
          OutboxLetter::getId);

  public void load() {
    counts = outbox.countByStatus();
  }

  /** Queues a failed letter again and says so; the table and the figures show the new state. */
  public void retry(Long letterId) {
    texts.info(outbox.retry(letterId) ? "outbox.retried" : "outbox.notFailed");
    load();
  }

  public List<OutboxStatus> getStatuses() {
    return List.of(OutboxStatus.values());
  }

  public long count(OutboxStatus of) {
    return counts.get(of);
  }

  public LazyDataModel<OutboxLetter> getLetters() {
    return letters;
  }

  public OutboxStatus getStatus() {
    return status;
  }

  public void setStatus(OutboxStatus status) {
    this.status = status;
  }

  /** A time of the outbox (UTC) as Faces' date converter takes it, shown in the network's zone. */
  public Date date(LocalDateTime utc) {
    return utc == null ? null : Date.from(utc.toInstant(ZoneOffset.UTC));
  }

  public String getZone() {
    return Clock.NETWORK_ZONE.getId();
  }
}
