package fi.opeverkko.visits;

import fi.opeverkko.platform.WebhookEvents;
import fi.opeverkko.platform.Webhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Tells the webhook receivers of a visit requested, scheduled or delivered, in the change's own
 * transaction (as {@link VisitMailer} queues the emails): the visit's id and status and its API
 * link, nothing about people.
 */
@ApplicationScoped
public class VisitWebhooks {

  private static final Map<VisitAction, String> EVENTS =
      Map.of(
          VisitAction.SUBMIT, WebhookEvents.VISIT_REQUESTED,
          VisitAction.SCHEDULE, WebhookEvents.VISIT_SCHEDULED,
          VisitAction.RESCHEDULE, WebhookEvents.VISIT_SCHEDULED,
          VisitAction.DELIVER, WebhookEvents.VISIT_DELIVERED);

  @Inject private Webhooks webhooks;

  void queue(@Observes VisitChanged change) {
    String type = EVENTS.get(change.action());
    if (type != null) {
      webhooks.queue(
          type,
          Map.of("visitId", change.requestId(), "action", change.action().name()),
          "/api/v1/visits/" + change.requestId());
    }
  }
}
