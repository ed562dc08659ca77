package fi.opeverkko.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Tells the subscribed receivers of an event, as {@link Mailer} tells people: a delivery per active
 * subscription of the event's type, written in the transaction of the change, so that it is sent if
 * and only if the change is kept, and no receiver ever slows the user ({@link WebhookSender} sends
 * later). The payload follows Standard Webhooks: {@code type}, {@code timestamp} and {@code data}
 * with ids and links only, never personal data.
 */
@Stateless
public class Webhooks {

  private static final String PORTAL_URL_PROPERTY = "opeverkko.portal-url";

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /**
   * Queues the event for every subscription of its type.
   *
   * @param type the event type, e.g. {@code visit.requested}
   * @param data ids and their values (numbers or text)
   * @param apiPath the API path of the object, e.g. {@code /api/v1/visits/12}: made a link
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void queue(String type, Map<String, Object> data, String apiPath) {
    var subscriptions =
        em.createNamedQuery(WebhookSubscription.ACTIVE, WebhookSubscription.class)
            .getResultStream()
            .filter(subscription -> subscription.wants(type))
            .toList();
    if (subscriptions.isEmpty()) {
      return;
    }
    String payload = payload(type, data, apiPath);
    var now = clock.nowUtc();
    subscriptions.forEach(
        subscription -> em.persist(new WebhookDelivery(subscription, type, payload, now)));
  }

  private String payload(String type, Map<String, Object> data, String apiPath) {
    JsonObjectBuilder fields = JsonBuilders.object();
    data.forEach(
        (name, value) -> {
          if (value instanceof Number number) {
            fields.add(name, number.longValue());
          } else {
            fields.add(name, String.valueOf(value));
          }
        });
    fields.add("link", System.getProperty(PORTAL_URL_PROPERTY, "http://localhost:8080") + apiPath);
    return JsonBuilders.object()
        .add("type", type)
        .add("timestamp", clock.nowUtc().atOffset(ZoneOffset.UTC).toString())
        .add("data", fields)
        .build()
        .toString();
  }
}
