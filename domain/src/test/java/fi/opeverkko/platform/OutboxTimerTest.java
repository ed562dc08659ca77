package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.TimerService;
import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class OutboxTimerTest {

  @Test
  void aRoundThatFailsSchedulesExactlyOneNextRoundAndDoesNotFailTheTimeout() {
    AtomicInteger scheduled = new AtomicInteger();
    TimerService timers =
        (TimerService)
            Proxy.newProxyInstance(
                TimerService.class.getClassLoader(),
                new Class<?>[] {TimerService.class},
                (proxy, method, args) -> {
                  assertEquals("createSingleActionTimer", method.getName());
                  scheduled.incrementAndGet();
                  return null;
                });
    OutboxSender failing =
        new OutboxSender() {
          @Override
          public int sendDue(Supplier<LocalDateTime> clock) {
            throw new IllegalStateException("database down");
          }
        };
    // A timeout that threw would be retried by the container, scheduling a second next round.
    new OutboxTimer(timers, failing, new Clock(), 1000).sendDue();
    assertEquals(1, scheduled.get());
  }
}
