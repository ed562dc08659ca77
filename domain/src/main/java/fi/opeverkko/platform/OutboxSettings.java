package fi.opeverkko.platform;

import java.time.Duration;

/**
 * How the background sender works, from system properties (the defaults suit production; tests and
 * the demo shorten them).
 *
 * @param interval between two rounds of the sender ({@code opeverkko.outbox.interval-seconds}, 10)
 * @param backoff the wait after the first failed try, doubled after each further one ({@code
 *     opeverkko.outbox.backoff-seconds}, 60)
 * @param maxAttempts tries before a letter is given up ({@code opeverkko.outbox.max-attempts}, 5)
 * @param claim how long a sender holds a letter it is sending: longer than the mail session's
 *     connect plus read timeouts, so only a sender that died loses its claim
 */
public record OutboxSettings(Duration interval, Duration backoff, int maxAttempts, Duration claim) {

  public static OutboxSettings fromSystemProperties() {
    return new OutboxSettings(
        Duration.ofSeconds(Long.getLong("opeverkko.outbox.interval-seconds", 10)),
        Duration.ofSeconds(Long.getLong("opeverkko.outbox.backoff-seconds", 60)),
        Integer.getInteger("opeverkko.outbox.max-attempts", 5),
        Duration.ofMinutes(5));
  }
}
