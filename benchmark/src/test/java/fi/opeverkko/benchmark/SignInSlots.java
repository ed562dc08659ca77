package fi.opeverkko.benchmark;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Gives each sign-in of a login its own moment, a spacing after the login's previous one. */
final class SignInSlots {

  private static final Map<String, Long> NEXT = new HashMap<>();

  private SignInSlots() {}

  /** How long to wait before signing in as the login, reserving that moment. */
  static synchronized Duration waitFor(String login, Duration spacing) {
    long now = System.nanoTime();
    long slot = Math.max(now, NEXT.getOrDefault(login, now));
    NEXT.put(login, slot + spacing.toNanos());
    return Duration.ofNanos(slot - now);
  }
}
