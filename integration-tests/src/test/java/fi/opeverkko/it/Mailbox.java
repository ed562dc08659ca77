package fi.opeverkko.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A mail server for in-container tests (GreenMail on 3025, where the test server sends) and what it
 * received. Letters of earlier tests may arrive too (the outbox retries them), so tests look for
 * their own letters by address and words rather than by position.
 */
final class Mailbox implements AutoCloseable {

  private static final long WAIT_MILLIS = 15_000;

  private final GreenMail smtp =
      new GreenMail(new ServerSetup(3025, "0.0.0.0", ServerSetup.PROTOCOL_SMTP));

  Mailbox() {
    smtp.start();
  }

  /** The letters to the address with the words in subject or text, as many as arrived so far. */
  List<MimeMessage> to(String address, String words) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> recipient(message).equals(address) && text(message).contains(words))
        .toList();
  }

  /** Waits for at least one letter to the address with the words; empty when none came. */
  List<MimeMessage> await(String address, String words) throws InterruptedException {
    long until = System.currentTimeMillis() + WAIT_MILLIS;
    List<MimeMessage> found = to(address, words);
    while (found.isEmpty() && System.currentTimeMillis() < until) {
      Thread.sleep(100);
      found = to(address, words);
    }
    return found;
  }

  static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Subject and text of a letter, with its lines ending in "\n" as written. */
  static String text(MimeMessage message) {
    try {
      return (message.getSubject() + "\n" + message.getContent()).replace("\r\n", "\n");
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    smtp.stop();
  }
}
