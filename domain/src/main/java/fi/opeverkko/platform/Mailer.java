package fi.opeverkko.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the portal's emails through WildFly's mail session. Called once a change is committed: a
 * mail server that is down costs the emails (logged), never the change itself.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Resource(lookup = "java:jboss/mail/Opeverkko")
  private Session mailSession;

  /** Sends the letters about something (named in the log if they cannot be sent). */
  public void send(List<Letter> letters, String about) {
    try {
      for (Letter letter : letters) {
        MimeMessage message = new MimeMessage(mailSession);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.to()));
        message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
        message.setText(letter.body(), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Language", letter.locale().getLanguage());
        Transport.send(message);
      }
    } catch (MessagingException | RuntimeException undelivered) {
      LOG.log(Level.WARNING, "Emails about " + about + " not sent", undelivered);
    }
  }
}
