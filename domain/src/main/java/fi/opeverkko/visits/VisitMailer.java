package fi.opeverkko.visits;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the emails about a visit through WildFly's mail session once its change is committed. A
 * mail server that is down costs the emails, never the change itself.
 */
@ApplicationScoped
public class VisitMailer {

  private static final Logger LOG = Logger.getLogger(VisitMailer.class.getName());

  @Resource(lookup = "java:jboss/mail/Opeverkko")
  private Session mailSession;

  @Inject private VisitLetters letters;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitChanged change) {
    try {
      for (Letter letter : letters.about(change)) {
        MimeMessage message = new MimeMessage(mailSession);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.to()));
        message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
        message.setText(letter.body(), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Language", letter.locale().getLanguage());
        Transport.send(message);
      }
    } catch (MessagingException | RuntimeException undelivered) {
      LOG.log(
          Level.WARNING,
          "Emails about visit " + change.requestId() + " (" + change.action() + ") not sent",
          undelivered);
    }
  }
}
