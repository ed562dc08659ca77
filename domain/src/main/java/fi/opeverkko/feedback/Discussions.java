package fi.opeverkko.feedback;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;

/** Brings a subject's feedback up to date and opens its discussion when it calls for one. */
final class Discussions {

  private Discussions() {}

  /** The discussion this report opened; {@code null} when it opened none. */
  static FeedbackDiscussion report(EntityManager em, FeedbackResult result, LocalDateTime now) {
    FeedbackSubject subject = FeedbackSubject.of(em, result.kind(), result.subjectId());
    subject.update(result);
    if (subject.getId() == null) {
      em.persist(subject);
    }
    if (!subject.callsForDiscussion() || of(em, subject) != null) {
      return null;
    }
    FeedbackDiscussion discussion = new FeedbackDiscussion(subject, now);
    em.persist(discussion);
    em.flush();
    return discussion;
  }

  static FeedbackDiscussion of(EntityManager em, FeedbackSubject subject) {
    if (subject.getId() == null) {
      return null;
    }
    return em.createQuery(
            "SELECT d FROM FeedbackDiscussion d WHERE d.subject = :subject",
            FeedbackDiscussion.class)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
