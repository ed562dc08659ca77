package fi.opeverkko.platform;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;

/**
 * The admins' webhook subscriptions: subscribe a receiver's URL to event types (the signing secret
 * is shown once, then), list them with their delivery logs, enable one that was disabled, and
 * unsubscribe. Admins only; every change audited.
 */
@Stateless
public class WebhookSubscriptions {

  private static final int URL_MAX = 2000;
  private static final int LOG_MAX = 100;

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;

  public WebhookRow subscribe(@NotNull String url, @NotNull Set<String> eventTypes) {
    SignedInUser admin = currentUser.require(PortalRole.ADMIN);
    requireReceiver(url);
    if (eventTypes.isEmpty() || !WebhookEvents.TYPES.containsAll(eventTypes)) {
      throw new WebhookRuleException(
          "webhook.unknownEvent", String.join(", ", WebhookEvents.TYPES));
    }
    WebhookSubscription subscription =
        new WebhookSubscription(url, eventTypes, admin.loginName(), clock.nowUtc());
    em.persist(subscription);
    em.flush();
    audit(admin, "SUBSCRIBE_WEBHOOK", subscription);
    return WebhookRow.of(subscription, true);
  }

  public List<WebhookRow> subscriptions() {
    currentUser.require(PortalRole.ADMIN);
    return em.createNamedQuery(WebhookSubscription.ALL, WebhookSubscription.class)
        .getResultStream()
        .map(subscription -> WebhookRow.of(subscription, false))
        .toList();
  }

  /** The subscription's latest deliveries, newest first. */
  public List<WebhookDeliveryRow> deliveries(@NotNull Long subscriptionId) {
    currentUser.require(PortalRole.ADMIN);
    existing(subscriptionId);
    return em.createNamedQuery(WebhookDelivery.OF_SUBSCRIPTION, WebhookDelivery.class)
        .setParameter("subscription", subscriptionId)
        .setMaxResults(LOG_MAX)
        .getResultStream()
        .map(WebhookDeliveryRow::of)
        .toList();
  }

  /** Enables a disabled subscription by hand: from now on it hears of events again. */
  public WebhookRow enable(@NotNull Long subscriptionId) {
    SignedInUser admin = currentUser.require(PortalRole.ADMIN);
    WebhookSubscription subscription = existing(subscriptionId);
    subscription.enable();
    audit(admin, "ENABLE_WEBHOOK", subscription);
    return WebhookRow.of(subscription, false);
  }

  /** Removes the subscription with its delivery log. */
  public void unsubscribe(@NotNull Long subscriptionId) {
    SignedInUser admin = currentUser.require(PortalRole.ADMIN);
    WebhookSubscription subscription = existing(subscriptionId);
    em.createQuery("DELETE FROM WebhookDelivery d WHERE d.subscription = :subscription")
        .setParameter("subscription", subscription)
        .executeUpdate();
    em.remove(subscription);
    audit(admin, "UNSUBSCRIBE_WEBHOOK", subscription);
  }

  private WebhookSubscription existing(Long id) {
    WebhookSubscription subscription = em.find(WebhookSubscription.class, id);
    if (subscription == null) {
      throw new WebhookRuleException("webhook.noSuchSubscription");
    }
    return subscription;
  }

  private static void requireReceiver(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (url.length() > URL_MAX
          || uri.getHost() == null
          || !("https".equals(scheme) || "http".equals(scheme))) {
        throw new WebhookRuleException("webhook.badUrl");
      }
    } catch (URISyntaxException malformed) {
      throw new WebhookRuleException("webhook.badUrl");
    }
  }

  private void audit(SignedInUser admin, String action, WebhookSubscription subscription) {
    auditLog.record(
        admin.loginName(),
        action,
        "webhook " + subscription.getId() + " " + subscription.getUrl(),
        AuditOutcome.SUCCESS);
  }
}
