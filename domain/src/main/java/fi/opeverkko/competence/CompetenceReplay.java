package fi.opeverkko.competence;

import fi.opeverkko.network.Person;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;

/**
 * Writes a catalogue, founding members and the life of applications that did not happen through the
 * portal's pages, at the times given: the demo network. Every step goes through the entities' own
 * rules and is kept in the application's history, and a grant puts the levels it completes before
 * the principal, exactly as {@link ApplicationService} does, but without a signed-in user, an audit
 * entry or an email. The caller holds the transaction and chooses the reviewers.
 */
public final class CompetenceReplay {

  private final EntityManager em;
  private final LevelRequirements levels;

  public CompetenceReplay(EntityManager em) {
    this.em = em;
    this.levels = new LevelRequirements(em);
  }

  /** A badge of the catalogue with its first criteria, written by {@code author}. */
  public Badge badge(BadgeDetails details, String author, LocalDateTime at) {
    Badge badge = new Badge(details);
    em.persist(badge);
    em.persist(badge.firstVersion(details, author, at));
    return badge;
  }

  public void foundingMember(Person person, String addedBy, LocalDateTime at) {
    em.persist(new FoundingMember(person, addedBy, at));
  }

  /** An application the teacher wrote at {@code at} and sent to the reviewer the same day. */
  public BadgeApplication send(
      Badge badge, Person applicant, EvidenceDetails evidence, Person reviewer, LocalDateTime at) {
    BadgeApplication application = new BadgeApplication(badge, applicant, evidence, at);
    em.persist(application);
    application.assignTo(reviewer);
    record(application, ApplicationAction.SUBMIT, applicant, null, at);
    return application;
  }

  /** The reviewer asks for more, or declines, with the comment. */
  public void review(
      BadgeApplication application, ApplicationAction action, String comment, LocalDateTime at) {
    record(application, action, application.getReviewer(), comment, at);
  }

  /** The teacher adds to the evidence and sends it back to the same reviewer. */
  public void resend(BadgeApplication application, EvidenceDetails evidence, LocalDateTime at) {
    application.changeEvidence(evidence, at);
    record(application, ApplicationAction.RESUBMIT, application.getApplicant(), null, at);
  }

  /** The reviewer grants: the levels whose badges the holder now has wait for the principal. */
  public void grant(BadgeApplication application, LocalDateTime at) {
    record(application, ApplicationAction.GRANT, application.getReviewer(), null, at);
    em.persist(new BadgeGrant(application, application.getReviewer().getFullName(), at));
    em.flush();
    levels.afterGrant(application.getApplicant(), at);
  }

  /** The principal confirms a level waiting for them. */
  public void confirm(Person person, Level level, String principal, LocalDateTime at) {
    em.createQuery(
            "SELECT c FROM LevelConfirmation c WHERE c.person = :person AND c.level = :level",
            LevelConfirmation.class)
        .setParameter("person", person)
        .setParameter("level", level)
        .getSingleResult()
        .confirm(principal, at);
  }

  private void record(
      BadgeApplication application,
      ApplicationAction action,
      Person actor,
      String comment,
      LocalDateTime at) {
    em.persist(application.apply(action, actor.getFullName(), comment, at));
  }
}
