package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboxSenderTest {

  private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 2, 12, 0);

  /** The outbox steps, with one letter due and a database that cannot record it sent. */
  private static final class Claims extends OutboxClaims {
    final List<Long> failed = new ArrayList<>();

    @Override
    public List<Long> due(LocalDateTime now, int max) {
      return List.of(1L);
    }

    @Override
    public Optional<Letter> claim(Long id, LocalDateTime now, LocalDateTime until) {
      return Optional.of(new Letter("a@example.org", Locale.ENGLISH, "Subject", "Text"));
    }

    @Override
    public void sent(Long id, LocalDateTime now) {
      throw new IllegalStateException("database down");
    }

    @Override
    public void failed(Long id, LocalDateTime now, Throwable failure, OutboxSettings settings) {
      failed.add(id);
    }
  }

  @Test
  void aDeliveredLetterThatCannotBeRecordedSentIsNoFailedTry() {
    Claims claims = new Claims();
    MailDelivery delivered =
        new MailDelivery() {
          @Override
          void deliver(Letter letter) {}
        };
    OutboxSender sender =
        new OutboxSender(
            claims,
            delivered,
            new OutboxSettings(
                Duration.ofSeconds(1), Duration.ofMinutes(1), 3, Duration.ofMinutes(5)));
    assertThrows(IllegalStateException.class, () -> sender.sendDue(() -> NOON));
    assertEquals(List.of(), claims.failed, "a failed try would queue the letter to be sent again");
  }
}
