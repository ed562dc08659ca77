package fi.opeverkko.competence;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.StaffMember;
import fi.opeverkko.network.TeachingStaff;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Competence levels: a teacher's own badges and levels, the principal's staff with theirs, and the
 * principal's answer to a level whose badges a teacher holds: confirmed (it counts toward the
 * targets) or returned with a comment (the teacher may ask again).
 */
@Published
@Stateless
public class LevelService {

  /**
   * A person on a school's teaching staff in a school year (parameters 1 and 2). SQL, not JPQL: the
   * staff page orders by a subquery. Reads the network's registry as {@link TeachingStaff} does.
   */
  private static final String ON_STAFF =
      "EXISTS (SELECT 1 FROM school_assignment a WHERE a.person_id = p.id AND a.school_id = ?"
          + " AND a.school_year = ? AND a.school_role IN ('TEACHER', 'PRINCIPAL'))";

  private static final String WAITS =
      "EXISTS (SELECT 1 FROM level_confirmation c WHERE c.person_id = p.id"
          + " AND c.status = 'WAITING')";

  private static final String STAFF_PAGE =
      "SELECT p.id, p.first_name, p.last_name FROM person p WHERE "
          + ON_STAFF
          + " ORDER BY CASE WHEN "
          + WAITS
          + " THEN 0 ELSE 1 END, p.last_name, p.first_name, p.id"
          + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

  @PersistenceContext private EntityManager em;
  @Inject private CompetenceAccess access;
  @Inject private LevelRequirements requirements;
  @Inject private TeachingStaff staff;
  @Inject private NetworkReferences references;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;

  /** The signed-in user's own badges and levels. */
  public CompetenceOf mine() {
    SignedInUser user = access.user();
    if (user.personId() == null) {
      return new CompetenceOf(0, user.displayName(), List.of(), List.of());
    }
    return competenceOf(Map.of(user.personId(), user.displayName())).get(user.personId());
  }

  /**
   * Asks the principal for a level whose badges the teacher holds: a returned level again, or one
   * that became reachable without a grant (a badge the teacher lacked was retired).
   */
  public void askConfirmation(@NotNull Level level) {
    SignedInUser user = access.requireTeachingStaff();
    if (!requirements.reachedBy(user.personId()).contains(level)) {
      throw new CompetenceRuleException("competence.levelIncomplete", level.number());
    }
    LevelConfirmation known = find(user.personId(), level);
    if (known == null) {
      Person me =
          references
              .person(user.personId())
              .orElseThrow(() -> new CompetenceRuleException("competence.noSuchPerson"));
      em.persist(new LevelConfirmation(me, level, clock.now()));
    } else {
      known.askAgain(clock.now());
    }
    audit(user, "ASK_LEVEL_CONFIRMATION", user.personId(), level);
  }

  /** The principal confirms the level; refused if the teacher no longer holds all its badges. */
  public void confirm(@NotNull Long personId, @NotNull Level level) {
    SignedInUser user = access.requirePrincipalOf(personId);
    LevelConfirmation waiting = existing(personId, level);
    if (!requirements.reachedBy(personId).contains(level)) {
      throw new CompetenceRuleException("competence.levelIncomplete", level.number());
    }
    waiting.confirm(user.displayName(), clock.now());
    audit(user, "CONFIRM_LEVEL", personId, level);
  }

  /** The principal returns the level to the teacher, saying why. */
  public void giveBack(@NotNull Long personId, @NotNull Level level, String comment) {
    SignedInUser user = access.requirePrincipalOf(personId);
    existing(personId, level).giveBack(user.displayName(), comment, clock.now());
    audit(user, "RETURN_LEVEL", personId, level);
  }

  /**
   * One page of the school's teaching staff this school year with their badges and levels: those
   * with a level waiting for the principal first, then by name. For the school's principal and
   * admins. Three queries for the page, whatever its size.
   */
  public List<CompetenceOf> staff(@NotNull Long schoolId, int first, int pageSize) {
    access.requireStaffReaderOf(schoolId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(STAFF_PAGE)
            .setParameter(1, schoolId)
            .setParameter(2, clock.currentSchoolYear().startYear())
            .setParameter(3, first)
            .setParameter(4, pageSize)
            .getResultList();
    List<StaffMember> page =
        rows.stream()
            .map(
                row ->
                    new StaffMember(
                        ((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
            .toList();
    Map<Long, CompetenceOf> competence =
        competenceOf(
            page.stream().collect(Collectors.toMap(StaffMember::personId, StaffMember::fullName)));
    return page.stream().map(member -> competence.get(member.personId())).toList();
  }

  public long staffCount(@NotNull Long schoolId) {
    access.requireStaffReaderOf(schoolId);
    return staff.count(schoolId, clock.currentSchoolYear());
  }

  /** How many of the school's teaching staff this school year have a level waiting. */
  public long waitingCount(@NotNull Long schoolId) {
    access.requireStaffReaderOf(schoolId);
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM person p WHERE " + ON_STAFF + " AND " + WAITS)
                .setParameter(1, schoolId)
                .setParameter(2, clock.currentSchoolYear().startYear())
                .getSingleResult())
        .longValue();
  }

  /** The people's grants and levels, in one query each; {@code names} by person id. */
  private Map<Long, CompetenceOf> competenceOf(Map<Long, String> names) {
    if (names.isEmpty()) {
      return Map.of();
    }
    Set<Long> ids = names.keySet();
    Map<Long, List<GrantRow>> grants =
        em.createQuery(
                "SELECT g FROM BadgeGrant g JOIN FETCH g.badge b WHERE g.holder.id IN :people"
                    + " ORDER BY b.level, g.grantedAt",
                BadgeGrant.class)
            .setParameter("people", ids)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    g -> g.getHolder().getId(),
                    Collectors.mapping(GrantRow::of, Collectors.toList())));
    Map<Long, List<LevelRow>> levels =
        em.createQuery(
                "SELECT c FROM LevelConfirmation c WHERE c.person.id IN :people ORDER BY c.level",
                LevelConfirmation.class)
            .setParameter("people", ids)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    c -> c.getPerson().getId(),
                    Collectors.mapping(LevelRow::of, Collectors.toList())));
    return ids.stream()
        .collect(
            Collectors.toMap(
                id -> id,
                id ->
                    new CompetenceOf(
                        id,
                        names.get(id),
                        grants.getOrDefault(id, List.of()),
                        levels.getOrDefault(id, List.of()))));
  }

  private LevelConfirmation find(Long personId, Level level) {
    return em.createQuery(
            "SELECT c FROM LevelConfirmation c WHERE c.person.id = :person AND c.level = :level",
            LevelConfirmation.class)
        .setParameter("person", personId)
        .setParameter("level", level)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private LevelConfirmation existing(Long personId, Level level) {
    LevelConfirmation found = find(personId, level);
    if (found == null) {
      throw new CompetenceRuleException("competence.levelNotWaiting");
    }
    return found;
  }

  private void audit(SignedInUser user, String action, Long personId, Level level) {
    auditLog.record(
        user.loginName(),
        action,
        "person " + personId + " level " + level.number(),
        AuditOutcome.SUCCESS);
  }
}
