package fi.opeverkko.plans;

import fi.opeverkko.platform.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Sends the emails about a plan's step once it is committed. */
@ApplicationScoped
public class PlanMailer {

  @Inject private PlanLetters letters;
  @Inject private Mailer mailer;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanChanged change) {
    mailer.send(letters.about(change), "plan " + change.planId() + " (" + change.action() + ")");
  }
}
