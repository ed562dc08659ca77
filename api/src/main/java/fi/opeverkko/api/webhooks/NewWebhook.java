package fi.opeverkko.api.webhooks;

import java.util.Set;

/**
 * A subscription asked for.
 *
 * @param url the receiver, http or https
 * @param eventTypes {@code visit.requested}, {@code visit.scheduled}, {@code visit.delivered}
 */
public record NewWebhook(String url, Set<String> eventTypes) {

  static final String EXAMPLE =
      "{\"url\": \"https://intranet.example/hooks/opeverkko\","
          + " \"eventTypes\": [\"visit.requested\", \"visit.scheduled\"]}";
}
