package fi.opeverkko.visits;

import fi.opeverkko.platform.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Sends the emails about a visit once its change is committed. */
@ApplicationScoped
public class VisitMailer {

  @Inject private VisitLetters letters;
  @Inject private Mailer mailer;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitChanged change) {
    mailer.send(
        letters.about(change), "visit " + change.requestId() + " (" + change.action() + ")");
  }
}
