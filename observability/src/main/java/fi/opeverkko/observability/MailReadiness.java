package fi.opeverkko.observability;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the outbox can do its work: no queued letter has been due for longer than {@code
 * opeverkko.health.outbox-overdue-minutes} (15; the sender would have stopped), and the mail server
 * answers (a connection through WildFly's mail session, with its timeouts, closed at once). Down
 * always says why.
 */
@Readiness
@ApplicationScoped
public class MailReadiness implements HealthCheck {

  @Resource(lookup = "java:jboss/mail/Opeverkko")
  private Session mailSession;

  @Inject private OutboxTable outbox;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("mail")
            .withData(
                "server",
                mailSession.getProperty("mail.smtp.host")
                    + ":"
                    + mailSession.getProperty("mail.smtp.port"));
    try {
      OutboxTable.Queue queue = outbox.queue();
      response.withData("queued", queue.length());
      LocalDateTime overdue = LocalDateTime.now(ZoneOffset.UTC).minus(overdueAfter());
      if (queue.longestDue().filter(due -> due.isBefore(overdue)).isPresent()) {
        return response
            .down()
            .withData(
                "reason",
                "the outbox is stuck: a letter due since "
                    + queue.longestDue().get()
                    + " UTC is unsent")
            .build();
      }
      try (Transport transport = mailSession.getTransport("smtp")) {
        transport.connect();
      }
      return response.up().build();
    } catch (SQLException | MessagingException | RuntimeException failure) {
      return response.down().withData("reason", Reasons.of(failure)).build();
    }
  }

  private static Duration overdueAfter() {
    return Duration.ofMinutes(Long.getLong("opeverkko.health.outbox-overdue-minutes", 15));
  }
}
