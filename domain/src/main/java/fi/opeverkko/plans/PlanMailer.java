package fi.opeverkko.plans;

import fi.opeverkko.platform.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Queues the emails about a plan's step in the step's own transaction: they are kept if and only if
 * the step is.
 */
@ApplicationScoped
public class PlanMailer {

  @Inject private PlanLetters letters;
  @Inject private Mailer mailer;

  void queue(@Observes PlanChanged change) {
    mailer.queue(letters.about(change), "plan " + change.planId() + " (" + change.action() + ")");
  }
}
