package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OutboxLetterTest {

  private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 2, 12, 0);
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final OutboxLetter letter =
      new OutboxLetter(
          new Letter("a@example.org", Locale.forLanguageTag("sv"), "Ämne", "Text"),
          "visit 1 (ACCEPT)",
          NOON);

  private static MessagingException refused() {
    return new MessagingException(
        "Couldn't connect to host, port: localhost, 2525",
        new ConnectException("Connection refused"));
  }

  @Test
  void eachFailedTryWaitsTwiceAsLongAsTheOneBeforeAndTheLastGivesUp() {
    letter.failed(NOON, refused(), MINUTE, 3);
    assertEquals(OutboxStatus.QUEUED, letter.getStatus());
    assertEquals(NOON.plusMinutes(1), letter.getNextAttemptAtUtc());
    letter.failed(NOON.plusMinutes(1), refused(), MINUTE, 3);
    assertEquals(NOON.plusMinutes(3), letter.getNextAttemptAtUtc());
    letter.failed(NOON.plusMinutes(3), refused(), MINUTE, 3);
    assertEquals(OutboxStatus.FAILED, letter.getStatus());
    assertEquals(3, letter.getAttempts());
    assertEquals(SendError.UNREACHABLE, letter.getErrorKind());
    assertEquals(
        "Couldn't connect to host, port: localhost, 2525: Connection refused",
        letter.getLastError());
  }

  @Test
  void aRequeuedLetterGetsEveryTryAgainAndOnlyAFailedOneIsRequeued() {
    assertThrows(IllegalStateException.class, () -> letter.requeue(NOON));
    letter.failed(NOON, refused(), MINUTE, 1);
    letter.requeue(NOON.plusHours(1));
    assertEquals(OutboxStatus.QUEUED, letter.getStatus());
    assertEquals(0, letter.getAttempts());
    assertEquals(NOON.plusHours(1), letter.getNextAttemptAtUtc());
  }

  @Test
  void theLetterIsSentAsWrittenInItsRecipientsLanguage() {
    assertEquals(
        new Letter("a@example.org", Locale.forLanguageTag("sv"), "Ämne", "Text"), letter.letter());
    letter.sent(NOON);
    assertEquals(OutboxStatus.SENT, letter.getStatus());
    assertEquals(1, letter.getAttempts());
  }

  @Test
  void failuresAreNamedByTheirCause() {
    assertEquals(
        SendError.TIMEOUT,
        SendError.of(
            new MessagingException(
                "Exception reading response", new SocketTimeoutException("Read timed out"))));
    assertEquals(SendError.REFUSED, SendError.of(new SendFailedException("Invalid Addresses")));
    assertEquals(SendError.OTHER, SendError.of(new IllegalStateException("no session")));
    assertTrue(SendError.detail(new IllegalStateException("a\nb")).indexOf('\n') < 0);
  }
}
