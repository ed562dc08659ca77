package fi.opeverkko.competence;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.library.LibraryQueries;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.Person;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.FileRules;
import fi.opeverkko.platform.FileRules.CheckedFile;
import fi.opeverkko.platform.Mailer;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Earning a badge, one use case per method and one transaction each: the teacher writes the
 * evidence and sends it, the reviewer the community gave it grants, asks for more (the teacher adds
 * and sends it back) or declines. Every step is kept in the application's history.
 */
@Published
@Stateless
public class ApplicationService {

  /** Enough for a document, a few photos and a spreadsheet; more is a portfolio, not evidence. */
  static final int MAX_FILES = 10;

  private static final String EVIDENCE_BUNDLE = "fi.opeverkko.competence.evidence";

  @PersistenceContext private EntityManager em;
  @Inject private CompetenceAccess access;
  @Inject private ReviewerAssignment reviewers;
  @Inject private LevelRequirements levels;
  @Inject private NetworkReferences references;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;
  @Inject private Mailer mailer;
  @Inject private LibraryQueries library;

  /**
   * Starts an application as a draft: the teacher adds files and sends it when ready. Refused for a
   * badge the teacher holds or has an open application for.
   */
  public Long start(@NotNull Long badgeId, @NotNull EvidenceDetails evidence) {
    SignedInUser user = access.requireTeachingStaff();
    Badge badge = Badge.existing(em, badgeId);
    Person me =
        references
            .person(user.personId())
            .orElseThrow(() -> new CompetenceRuleException("competence.noSuchPerson"));
    long held =
        em.createQuery(
                "SELECT COUNT(g) FROM BadgeGrant g WHERE g.badge = :badge AND g.holder = :me",
                Long.class)
            .setParameter("badge", badge)
            .setParameter("me", me)
            .getSingleResult();
    if (held > 0) {
      throw new CompetenceRuleException("competence.alreadyHeld");
    }
    long undecided =
        em.createQuery(
                "SELECT COUNT(a) FROM BadgeApplication a WHERE a.badge = :badge"
                    + " AND a.applicant = :me AND a.status IN :undecided",
                Long.class)
            .setParameter("badge", badge)
            .setParameter("me", me)
            .setParameter("undecided", ApplicationStatus.UNDECIDED)
            .getSingleResult();
    if (undecided > 0) {
      throw new CompetenceRuleException("competence.alreadyApplied");
    }
    BadgeApplication application = new BadgeApplication(badge, me, evidence, clock.now());
    em.persist(application);
    em.flush();
    audit(user, "START_BADGE_APPLICATION", application);
    return application.getId();
  }

  /**
   * Adds a course the signed-in teacher completed to their evidence for the badge, in their
   * language: to their application for it while it is in their hands, else to a new draft. The
   * teacher reads it over and sends it. The caller vouches for the completion (courses, which
   * checks its own rules first).
   *
   * @return the application's id
   */
  public Long addCourseCompletion(
      @NotNull Long badgeId, @NotNull String courseName, @NotNull LocalDate completedOn) {
    SignedInUser user = access.requireTeachingStaff();
    Person me =
        references
            .person(user.personId())
            .orElseThrow(() -> new CompetenceRuleException("competence.noSuchPerson"));
    Locale locale = me.preferredLocale();
    String line =
        new MessageFormat(
                ResourceBundle.getBundle(EVIDENCE_BUNDLE, locale)
                    .getString("evidence.courseCompleted"),
                locale)
            .format(
                new Object[] {
                  courseName,
                  completedOn.format(
                      DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale))
                });
    BadgeApplication open =
        em.createQuery(
                "SELECT a FROM BadgeApplication a WHERE a.badge.id = :badge"
                    + " AND a.applicant = :me AND a.status IN :undecided",
                BadgeApplication.class)
            .setParameter("badge", badgeId)
            .setParameter("me", me)
            .setParameter("undecided", ApplicationStatus.UNDECIDED)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (open == null) {
      return start(badgeId, new EvidenceDetails(line, List.of()));
    }
    open.requireEditable();
    String before = open.getDescription();
    changeEvidence(
        open.getId(),
        new EvidenceDetails(before == null ? line : before + "\n" + line, open.links()));
    return open.getId();
  }

  public void changeEvidence(@NotNull Long applicationId, @NotNull EvidenceDetails evidence) {
    BadgeApplication application = BadgeApplication.existing(em, applicationId);
    SignedInUser user = access.requireApplicantOf(application);
    application.changeEvidence(evidence, clock.now());
    audit(user, "CHANGE_EVIDENCE", application);
  }

  /**
   * Adds a file of evidence: at most ten megabytes, of a type its content shows to be a PDF, an
   * image or an office document, kept under a clean name. A refusal names the file, so that the
   * teacher knows which of several to change.
   *
   * @return the file's id
   */
  public Long addFile(@NotNull Long applicationId, @NotNull EvidenceUpload upload) {
    BadgeApplication application = BadgeApplication.existing(em, applicationId);
    SignedInUser user = access.requireApplicantOf(application);
    application.requireEditable();
    CheckedFile checked = FileRules.check(upload.fileName(), upload.content());
    long files =
        em.createQuery("SELECT COUNT(f) FROM EvidenceFile f WHERE f.application = :a", Long.class)
            .setParameter("a", application)
            .getSingleResult();
    if (files >= MAX_FILES) {
      throw new CompetenceRuleException("competence.tooManyFiles", MAX_FILES);
    }
    EvidenceFile file = EvidenceFile.keep(em, application, checked, clock.now());
    audit(user, "ADD_EVIDENCE_FILE", application);
    return file.getId();
  }

  /**
   * Cites a library item as evidence: by the applicant while the application is theirs to change;
   * an item withdrawn or unknown is refused. Citing it again changes nothing.
   */
  public void citeLibraryItem(@NotNull Long applicationId, @NotNull Long itemId) {
    BadgeApplication application = BadgeApplication.existing(em, applicationId);
    SignedInUser user = access.requireApplicantOf(application);
    application.requireEditable();
    if (library.item(itemId, Locale.ROOT).isEmpty()) {
      throw new CompetenceRuleException("competence.noSuchLibraryItem");
    }
    if (!LibraryCitations.cited(em, applicationId).contains(itemId)) {
      LibraryCitations.cite(em, applicationId, itemId);
    }
    audit(user, "CITE_LIBRARY_ITEM", application);
  }

  public void unciteLibraryItem(@NotNull Long applicationId, @NotNull Long itemId) {
    BadgeApplication application = BadgeApplication.existing(em, applicationId);
    SignedInUser user = access.requireApplicantOf(application);
    application.requireEditable();
    LibraryCitations.uncite(em, applicationId, itemId);
    audit(user, "UNCITE_LIBRARY_ITEM", application);
  }

  /**
   * Writes a new application with its files and sends it, all or nothing: a refused file or link
   * leaves no draft behind, so the teacher corrects the form and sends again.
   *
   * @return the application's id
   */
  public Long apply(
      @NotNull Long badgeId,
      @NotNull EvidenceDetails evidence,
      @NotNull List<EvidenceUpload> files) {
    Long id = start(badgeId, evidence);
    addFilesAndSubmit(id, files);
    return id;
  }

  /**
   * Answers the reviewer's request for more: the evidence as the teacher now writes it, the files
   * added, and the application back to the same reviewer; all or nothing.
   */
  public void resubmit(
      @NotNull Long applicationId,
      @NotNull EvidenceDetails evidence,
      @NotNull List<EvidenceUpload> files) {
    changeEvidence(applicationId, evidence);
    addFilesAndSubmit(applicationId, files);
  }

  private void addFilesAndSubmit(Long applicationId, List<EvidenceUpload> files) {
    files.forEach(file -> addFile(applicationId, file));
    submit(applicationId);
  }

  public void removeFile(@NotNull Long applicationId, @NotNull Long fileId) {
    BadgeApplication application = BadgeApplication.existing(em, applicationId);
    SignedInUser user = access.requireApplicantOf(application);
    application.requireEditable();
    EvidenceFile file = EvidenceFile.existing(em, application, fileId);
    // The bytes first, at once: the two are linked by the foreign key alone, not a mapping
    // EclipseLink would order the deletes by.
    em.createQuery("DELETE FROM EvidenceContent c WHERE c.fileId = :file")
        .setParameter("file", file.getId())
        .executeUpdate();
    em.remove(file);
    audit(user, "REMOVE_EVIDENCE_FILE", application);
  }

  /**
   * Sends the application: the first time to a reviewer chosen from the granting community, after
   * the reviewer asked for more back to the same reviewer.
   */
  public void submit(@NotNull Long applicationId) {
    BadgeApplication application = BadgeApplication.existing(em, applicationId);
    SignedInUser user = access.requireApplicantOf(application);
    ApplicationAction action =
        application.getStatus() == ApplicationStatus.DRAFT
            ? ApplicationAction.SUBMIT
            : ApplicationAction.RESUBMIT;
    if (action == ApplicationAction.SUBMIT) {
      application.getBadge().requireCurrent();
      application.assignTo(
          reviewers.choose(user.personId(), user.schoolIds(), clock.currentSchoolYear()));
    }
    record(application.apply(action, user.displayName(), null, clock.now()), user);
  }

  public void askMore(@NotNull Long applicationId, String comment) {
    review(applicationId, ApplicationAction.ASK_MORE, comment);
  }

  public void decline(@NotNull Long applicationId, String reason) {
    review(applicationId, ApplicationAction.DECLINE, reason);
  }

  /**
   * Grants the badge on the criteria version in force and issues it as a signed Open Badges
   * credential; a level the teacher now holds every badge for goes to their principal for
   * confirmation.
   */
  public void grant(@NotNull Long applicationId) {
    BadgeApplication application = review(applicationId, ApplicationAction.GRANT, null);
    BadgeGrant grant = new BadgeGrant(application, access.user().displayName(), clock.now());
    em.persist(grant);
    new CredentialIssuer(em).issue(grant, application.getBadge().currentVersion(em), clock.now());
    em.flush();
    levels.afterGrant(application.getApplicant(), clock.now());
  }

  private BadgeApplication review(Long applicationId, ApplicationAction action, String comment) {
    BadgeApplication application = BadgeApplication.existing(em, applicationId);
    SignedInUser user = access.requireReviewerOf(application);
    record(application.apply(action, user.displayName(), comment, clock.now()), user);
    return application;
  }

  /** The step in the history, and the email it calls for in the outbox, in one transaction. */
  private void record(ApplicationEvent step, SignedInUser user) {
    em.persist(step);
    mailer.queue(
        ApplicationLetters.about(step),
        "badge application " + step.getApplication().getId() + " (" + step.getAction() + ")");
    audit(user, "BADGE_APPLICATION_" + step.getAction(), step.getApplication());
  }

  private void audit(SignedInUser user, String action, BadgeApplication application) {
    auditLog.record(
        user.loginName(),
        action.toUpperCase(Locale.ROOT),
        "badge application " + application.getId(),
        AuditOutcome.SUCCESS);
  }
}
