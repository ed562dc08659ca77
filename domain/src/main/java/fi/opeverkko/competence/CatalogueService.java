package fi.opeverkko.competence;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The badge catalogue: every signed-in user reads it, and the badges in force are public; admins
 * and the granting community add, change and retire badges. A change of the criteria or of the
 * evidence asked makes a new version; the grants made on earlier versions keep theirs.
 */
@Published
@Stateless
public class CatalogueService {

  @PersistenceContext private EntityManager em;
  @Inject private CompetenceAccess access;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;
  @Inject private Validator validator;

  /** The catalogue by level, area and name, with the criteria in force. */
  public List<BadgeRow> catalogue(boolean withRetired) {
    access.user();
    return badges(withRetired);
  }

  /**
   * The badges in force for anyone, signed in or not: the open API's badge catalogue answers
   * without a token. A badge says what earns it and nothing about the people who hold it.
   */
  public List<BadgeRow> inForce() {
    return badges(false);
  }

  private List<BadgeRow> badges(boolean withRetired) {
    return em.createQuery(
            "SELECT b, v FROM Badge b, BadgeVersion v WHERE v.badge = b"
                + " AND v.number = b.currentVersion AND (b.retired = FALSE OR b.retired = :withRetired)",
            Object[].class)
        .setParameter("withRetired", withRetired)
        .getResultStream()
        .map(row -> BadgeRow.of((Badge) row[0], (BadgeVersion) row[1]))
        .sorted(
            Comparator.comparing(BadgeRow::level)
                .thenComparing(row -> row.area().fi())
                .thenComparing(row -> row.name().fi()))
        .toList();
  }

  /** Whether the signed-in user keeps the catalogue: an admin or a member of the community. */
  public boolean mayKeep() {
    return access.isKeeper();
  }

  public BadgeRow badge(@NotNull Long badgeId) {
    access.user();
    Badge badge = Badge.existing(em, badgeId);
    return BadgeRow.of(badge, badge.currentVersion(em));
  }

  /** Every version of the badge's criteria, the newest first. */
  public List<BadgeVersionRow> versions(@NotNull Long badgeId) {
    access.user();
    return em.createQuery(
            "SELECT v FROM BadgeVersion v WHERE v.badge = :badge ORDER BY v.number DESC",
            BadgeVersion.class)
        .setParameter("badge", Badge.existing(em, badgeId))
        .getResultStream()
        .map(BadgeVersionRow::of)
        .toList();
  }

  public Long create(@NotNull BadgeDetails details) {
    SignedInUser user = access.requireKeeper();
    requireValid(details);
    Badge badge = new Badge(details);
    em.persist(badge);
    em.persist(badge.firstVersion(details, user.displayName(), clock.now()));
    em.flush();
    audit(user, "CREATE_BADGE", badge);
    return badge.getId();
  }

  /**
   * Saves the keepers' changes.
   *
   * @return the number of the criteria version in force afterwards (a new one if they changed)
   */
  public int revise(@NotNull Long badgeId, @NotNull BadgeDetails details) {
    SignedInUser user = access.requireKeeper();
    requireValid(details);
    Badge badge = Badge.existing(em, badgeId);
    badge
        .revise(details, badge.currentVersion(em), user.displayName(), clock.now())
        .ifPresent(em::persist);
    audit(user, "REVISE_BADGE", badge);
    return badge.getCurrentVersion();
  }

  public void retire(@NotNull Long badgeId) {
    SignedInUser user = access.requireKeeper();
    Badge badge = Badge.existing(em, badgeId);
    badge.retire(clock.now());
    audit(user, "RETIRE_BADGE", badge);
  }

  private void requireValid(BadgeDetails details) {
    Set<ConstraintViolation<BadgeDetails>> violations = validator.validate(details);
    if (!violations.isEmpty()) {
      throw new CompetenceRuleException(
          "competence.invalidDetails", violations.iterator().next().getPropertyPath().toString());
    }
  }

  private void audit(SignedInUser user, String action, Badge badge) {
    auditLog.record(user.loginName(), action, "badge " + badge.getId(), AuditOutcome.SUCCESS);
  }
}
