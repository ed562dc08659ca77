package fi.opeverkko.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The one way the portal sends email: letters go to the outbox in the transaction of the change
 * they tell about, so they are kept exactly when the change is, and no request waits for a mail
 * server. {@link OutboxSender} delivers them.
 */
@Stateless
public class Mailer {

  @PersistenceContext private EntityManager em;

  /** Queues the letters about something (named for the admins' outbox page). */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void queue(List<Letter> letters, String about) {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    for (Letter letter : letters) {
      em.persist(new OutboxLetter(letter, about, now));
    }
  }
}
