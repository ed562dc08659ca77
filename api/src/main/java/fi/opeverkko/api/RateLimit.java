package fi.opeverkko.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many calls a client (the token's {@code azp}: a system's service account, or the client a
 * person signed in with; the address of a caller without a token) may make a minute: {@code
 * opeverkko.api.calls-per-minute}, 300 by default. A fixed window per client and minute, counted on
 * this node (a cluster's nodes each allow as much; the balancer spreads a client's calls).
 */
@ApplicationScoped
public class RateLimit {

  private static final long WINDOW_SECONDS = 60;

  /** Past this many clients (anonymous callers count by address) the past minutes' are dropped. */
  private static final int MAX_CLIENTS = 10_000;

  private final int callsPerMinute =
      Integer.getInteger("opeverkko.api.calls-per-minute", 300).intValue();
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  /** Counts a call; empty when admitted, else the seconds until the client's next window. */
  public OptionalLong refusal(String client, Instant now) {
    long minute = now.getEpochSecond() / WINDOW_SECONDS;
    if (windows.size() > MAX_CLIENTS) {
      windows.values().removeIf(old -> old.minute != minute);
    }
    Window window =
        windows.compute(
            client,
            (key, old) -> old == null || old.minute != minute ? new Window(minute, 1) : old.next());
    if (window.calls <= callsPerMinute) {
      return OptionalLong.empty();
    }
    return OptionalLong.of((minute + 1) * WINDOW_SECONDS - now.getEpochSecond());
  }

  private record Window(long minute, int calls) {
    Window next() {
      return new Window(minute, calls + 1);
    }
  }
}
