package fi.opeverkko.visits;

import fi.opeverkko.platform.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Queues the emails about a visit's change in the change's own transaction: they are kept if and
 * only if the change is.
 */
@ApplicationScoped
public class VisitMailer {

  @Inject private VisitLetters letters;
  @Inject private Mailer mailer;

  void queue(@Observes VisitChanged change) {
    mailer.queue(
        letters.about(change), "visit " + change.requestId() + " (" + change.action() + ")");
  }
}
