package fi.opeverkko.competence;

import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.library.ItemRow;
import fi.opeverkko.library.LibraryQueries;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
  @Inject private LibraryQueries library;

  /** One page of the signed-in teacher's own applications, the latest changed first. */
  public List<ApplicationRow> mine(int first, int pageSize) {
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
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
  }

  /** How many applications the signed-in teacher has, for the pages of {@link #mine}. */
  public long countMine() {
    SignedInUser user = access.user();
    if (user.personId() == null) {
      return 0;
    }
    return em.createQuery(
            "SELECT COUNT(a) FROM BadgeApplication a WHERE a.applicant.id = :me", Long.class)
        .setParameter("me", user.personId())
        .getSingleResult();
  }

  /**
   * The badges the signed-in teacher may apply for now: current ones they neither hold nor have an
   * open application for, by level and name. Three queries, whatever the catalogue's size; the
   * catalogue is small, so the two sets are taken out here rather than in a subquery (EclipseLink
   * writes such a query's boolean as 0, which H2 does not compare with a BOOLEAN column).
   */
  public List<BadgeRow> applicable() {
    SignedInUser user = access.user();
    if (user.personId() == null) {
      return List.of();
    }
    Set<Long> taken =
        new HashSet<>(
            em.createQuery(
                    "SELECT g.badge.id FROM BadgeGrant g WHERE g.holder.id = :me", Long.class)
                .setParameter("me", user.personId())
                .getResultList());
    taken.addAll(
        em.createQuery(
                "SELECT a.badge.id FROM BadgeApplication a WHERE a.applicant.id = :me"
                    + " AND a.status IN :undecided",
                Long.class)
            .setParameter("me", user.personId())
            .setParameter("undecided", ApplicationStatus.UNDECIDED)
            .getResultList());
    return em.createQuery(
            "SELECT b, v FROM Badge b, BadgeVersion v WHERE v.badge = b"
                + " AND v.number = b.currentVersion AND b.retired = FALSE",
            Object[].class)
        .getResultStream()
        .filter(row -> !taken.contains(((Badge) row[0]).getId()))
        .map(row -> BadgeRow.of((Badge) row[0], (BadgeVersion) row[1]))
        .sorted(
            Comparator.comparing(BadgeRow::level)
                .thenComparing(row -> row.area().fi())
                .thenComparing(row -> row.name().fi()))
        .toList();
  }

  /**
   * One page of the applications given to the signed-in reviewer that are still open: those waiting
   * for them first, the longest waiting first, the overdue flagged; then those waiting for the
   * teacher.
   */
  public List<ReviewRow> reviews(int first, int pageSize) {
    SignedInUser user = access.user();
    if (user.personId() == null) {
      return List.of();
    }
    LocalDate today = clock.today();
    return em.createQuery(
            "SELECT a FROM BadgeApplication a JOIN FETCH a.badge JOIN FETCH a.applicant"
                + " WHERE a.reviewer.id = :me AND a.status IN :open"
                + " ORDER BY CASE WHEN a.status = :waiting THEN 0 ELSE 1 END, a.submittedAt, a.id",
            BadgeApplication.class)
        .setParameter("me", user.personId())
        .setParameter("open", ReviewerAssignment.OPEN)
        .setParameter("waiting", ApplicationStatus.SUBMITTED)
        .setFirstResult(first)
        .setMaxResults(pageSize)
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
        .toList();
  }

  /** How many open applications the signed-in reviewer has, for the pages of {@link #reviews}. */
  public long countReviews() {
    SignedInUser user = access.user();
    if (user.personId() == null) {
      return 0;
    }
    return em.createQuery(
            "SELECT COUNT(a) FROM BadgeApplication a WHERE a.reviewer.id = :me"
                + " AND a.status IN :open",
            Long.class)
        .setParameter("me", user.personId())
        .setParameter("open", ReviewerAssignment.OPEN)
        .getSingleResult();
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
  /** The library items the application cites as evidence, for whoever reads the application. */
  public List<ItemRow> citedLibraryItems(@NotNull Long applicationId, @NotNull Locale locale) {
    access.requireReaderOf(BadgeApplication.existing(em, applicationId));
    return library.items(LibraryCitations.cited(em, applicationId), locale);
  }

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
