package fi.opeverkko.feedback;

import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

/**
 * Where visits and courses report a subject's feedback after every answer, inside the use case that
 * took the answer (which checked who may give it): the subject's row is brought up to date, and an
 * average under 3.5 of enough answers opens its discussion, once, telling the trainers and the
 * leader.
 */
@Published
@Stateless
public class FeedbackReports {

  @PersistenceContext private EntityManager em;
  @Inject private FeedbackLetters letters;
  @Inject private Clock clock;

  /** Returns the discussion's id when this answer opened one. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Long report(@NotNull FeedbackResult result) {
    FeedbackDiscussion opened = Discussions.report(em, result, clock.now());
    if (opened == null) {
      return null;
    }
    letters.opened(opened);
    return opened.getId();
  }
}
