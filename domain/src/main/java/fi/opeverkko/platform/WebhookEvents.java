package fi.opeverkko.platform;

import java.util.Set;

/** The event types a receiver may subscribe to, as the contexts queue them. */
public final class WebhookEvents {

  public static final String VISIT_REQUESTED = "visit.requested";
  public static final String VISIT_SCHEDULED = "visit.scheduled";
  public static final String VISIT_DELIVERED = "visit.delivered";

  public static final Set<String> TYPES = Set.of(VISIT_REQUESTED, VISIT_SCHEDULED, VISIT_DELIVERED);

  private WebhookEvents() {}
}
