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

/**
 * Hands one letter to the mail server through WildFly's mail session, whose connect and read
 * timeouts (configure-wildfly.cli) keep a silent server from holding the sender.
 */
@ApplicationScoped
public class MailDelivery {

  @Resource(lookup = "java:jboss/mail/Opeverkko")
  private Session mailSession;

  void deliver(Letter letter) throws MessagingException {
    MimeMessage message = new MimeMessage(mailSession);
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.to(), true));
    message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
    message.setText(letter.body(), StandardCharsets.UTF_8.name());
    message.setHeader("Content-Language", letter.locale().getLanguage());
    Transport.send(message);
  }
}
