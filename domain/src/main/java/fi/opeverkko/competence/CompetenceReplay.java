package fi.opeverkko.competence;

import fi.opeverkko.network.Person;
import fi.opeverkko.platform.FileRules;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a catalogue, founding members and the life of applications that did not happen through the
 * portal's pages, at the times given: the demo network. Every step goes through the entities' own
 * rules and is kept in the application's history, and a grant puts the levels it completes before
 * the principal as {@link ApplicationService} does, but without a signed-in user, an audit entry or
 * an email. The caller holds the transaction and chooses the reviewers.
 *
 * <p>The replay writes the whole catalogue itself, so it counts the badges and grants it wrote in
 * memory ({@link LevelRequirements#reached}) rather than asking the database after every grant: a
 * flush per grant made the demo network take minutes to load.
 */
public final class CompetenceReplay {

  private final EntityManager em;
  private final Map<Level, Long> badgesByLevel = new EnumMap<>(Level.class);
  private final Map<Person, Map<Level, Long>> heldByLevel = new HashMap<>();
  private final Map<Person, Map<Level, LevelConfirmation>> confirmations = new HashMap<>();
  private final Map<Badge, BadgeVersion> versions = new HashMap<>();
  private final CredentialIssuer credentials;

  public CompetenceReplay(EntityManager em) {
    this.em = em;
    this.credentials = new CredentialIssuer(em);
  }

  /** A badge of the catalogue with its first criteria, written by {@code author}. */
  public Badge badge(BadgeDetails details, String author, LocalDateTime at) {
    Badge badge = new Badge(details);
    em.persist(badge);
    BadgeVersion first = badge.firstVersion(details, author, at);
    em.persist(first);
    versions.put(badge, first);
    badgesByLevel.merge(details.level(), 1L, Long::sum);
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

  /** A file of evidence the teacher added at {@code at}, checked as an uploaded one is. */
  public void file(BadgeApplication application, EvidenceUpload upload, LocalDateTime at) {
    EvidenceFile.keep(em, application, FileRules.check(upload.fileName(), upload.content()), at);
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

  /**
   * The reviewer grants, and the grant is issued as a signed credential on the criteria in force
   * (the versions of the badges it wrote are known without asking the database); the levels whose
   * badges the holder now has wait for the principal.
   */
  public void grant(BadgeApplication application, LocalDateTime at) {
    record(application, ApplicationAction.GRANT, application.getReviewer(), null, at);
    BadgeGrant grant = new BadgeGrant(application, application.getReviewer().getFullName(), at);
    em.persist(grant);
    credentials.issue(
        grant,
        versions.computeIfAbsent(application.getBadge(), badge -> badge.currentVersion(em)),
        at);
    Person holder = application.getApplicant();
    Map<Level, Long> held = heldByLevel.computeIfAbsent(holder, h -> new EnumMap<>(Level.class));
    held.merge(application.getBadge().getLevel(), 1L, Long::sum);
    Map<Level, LevelConfirmation> known =
        confirmations.computeIfAbsent(holder, h -> new EnumMap<>(Level.class));
    for (Level level : LevelRequirements.reached(badgesByLevel, held)) {
      if (!known.containsKey(level)) {
        LevelConfirmation waiting = new LevelConfirmation(holder, level, at);
        em.persist(waiting);
        known.put(level, waiting);
      }
    }
  }

  /** The principal confirms a level waiting for them. */
  public void confirm(Person person, Level level, String principal, LocalDateTime at) {
    LevelConfirmation waiting = confirmations.getOrDefault(person, Map.of()).get(level);
    if (waiting == null) {
      throw new CompetenceRuleException("competence.levelNotWaiting");
    }
    waiting.confirm(principal, at);
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
