package fi.opeverkko.competence;

import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the teacher, the reviewer and admins read of applications: a teacher's own list, a
 * reviewer's inbox with the overdue flagged, an application with its evidence and history, and an
 * evidence file to download. Coordinators and principals read none of it.
 */
@Published
@Stateless
public class ApplicationQueries {

  @PersistenceContext private EntityManager em;
  @Inject private CompetenceAccess access;
  @Inject private Clock clock;

  /** The signed-in teacher's own applications, the latest changed first. */
  public List<ApplicationRow> mine() {
    SignedInUser user = access.user();
    if (user.personId() == null) {
      return List.of();
    }
    return em.createQuery(
            "SELECT NEW fi.opeverkko.competence.ApplicationRow(a.id, b.id, b.level, b.name,"
                + " a.status, a.updatedAt) FROM BadgeApplication a JOIN a.badge b"
                + " WHERE a.applicant.id = :me ORDER BY a.updatedAt DESC, a.id DESC",
            ApplicationRow.class)
        .setParameter("me", user.personId())
        .getResultList();
  }

  /**
   * The applications given to the signed-in reviewer that are still open: those waiting for them
   * first, the longest waiting first, the overdue flagged; then those waiting for the teacher.
   */
  public List<ReviewRow> reviews() {
    SignedInUser user = access.user();
    if (user.personId() == null) {
      return List.of();
    }
    LocalDate today = clock.today();
    return em.createQuery(
            "SELECT a FROM BadgeApplication a JOIN FETCH a.badge JOIN FETCH a.applicant"
                + " WHERE a.reviewer.id = :me AND a.status IN :open"
                + " ORDER BY a.submittedAt, a.id",
            BadgeApplication.class)
        .setParameter("me", user.personId())
        .setParameter("open", ReviewerAssignment.OPEN)
        .getResultStream()
        .map(
            a ->
                new ReviewRow(
                    a.getId(),
                    a.getBadge().getLevel(),
                    a.getBadge().getName(),
                    a.getApplicant().getFullName(),
                    a.getStatus(),
                    a.getSubmittedAt(),
                    a.waitingWorkingDays(today),
                    a.overdue(today)))
        .sorted(Comparator.comparing(row -> !row.status().awaitsReview()))
        .toList();
  }

  /** An application with its evidence and history, for its teacher, its reviewer or an admin. */
  public ApplicationPage application(@NotNull Long applicationId) {
    BadgeApplication a = BadgeApplication.existing(em, applicationId);
    SignedInUser user = access.requireReaderOf(a);
    List<EvidenceFileRow> files =
        em.createQuery(
                "SELECT f FROM EvidenceFile f WHERE f.application = :a ORDER BY f.uploadedAt, f.id",
                EvidenceFile.class)
            .setParameter("a", a)
            .getResultStream()
            .map(EvidenceFileRow::of)
            .toList();
    List<ApplicationStep> history =
        em.createQuery(
                "SELECT e FROM ApplicationEvent e WHERE e.application = :a"
                    + " ORDER BY e.occurredAt, e.id",
                ApplicationEvent.class)
            .setParameter("a", a)
            .getResultStream()
            .map(ApplicationStep::of)
            .toList();
    boolean applicant = user.personId() != null && user.personId().equals(a.getApplicant().getId());
    LocalDate today = clock.today();
    return new ApplicationPage(
        a.getId(),
        BadgeRow.of(a.getBadge(), a.getBadge().currentVersion(em)),
        a.getStatus(),
        a.getApplicant().getFullName(),
        a.getReviewer() == null ? null : a.getReviewer().getFullName(),
        a.getDescription(),
        a.links(),
        files,
        history,
        a.waitingWorkingDays(today),
        a.overdue(today),
        actionsOf(a, user, applicant),
        applicant && a.getStatus().editable());
  }

  /** An evidence file's bytes, for the application's teacher, its reviewer or an admin. */
  public EvidenceDownload file(@NotNull Long applicationId, @NotNull Long fileId) {
    BadgeApplication application = BadgeApplication.existing(em, applicationId);
    access.requireReaderOf(application);
    EvidenceFile file = EvidenceFile.existing(em, application, fileId);
    EvidenceContent content = em.find(EvidenceContent.class, file.getId());
    return new EvidenceDownload(file.getFileName(), file.getContentType(), content.bytes());
  }

  /** What the reader may do now: the teacher sends, the reviewer answers. */
  private static Set<ApplicationAction> actionsOf(
      BadgeApplication a, SignedInUser user, boolean applicant) {
    boolean reviewer =
        a.getReviewer() != null
            && user.personId() != null
            && user.personId().equals(a.getReviewer().getId());
    Set<ApplicationAction> actions = EnumSet.noneOf(ApplicationAction.class);
    for (ApplicationAction action : ApplicationAction.values()) {
      boolean teachers = action == ApplicationAction.SUBMIT || action == ApplicationAction.RESUBMIT;
      if (a.getStatus().allows(action) && (teachers ? applicant : reviewer)) {
        actions.add(action);
      }
    }
    return actions;
  }
}
