package fi.opeverkko.network;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;

/**
 * Principals propose their school's tutor teachers; the city's coordinator confirms (the teacher is
 * then assigned, within the limit of four) or rejects the proposal.
 */
@Stateless
public class TutorProposals {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private NetworkScope scope;
  @Inject private DetailsCheck check;
  @Inject private AuditLog auditLog;
  @Inject private Clock clock;
  @Inject private PersonRegistry people;
  @Inject private AssignmentService assignments;

  /** A principal proposes a teacher of their own school as its tutor for a school year. */
  public TutorProposal propose(
      @NotNull Long schoolId, @NotNull SchoolYear year, @NotNull PersonDetails teacher) {
    School school = existing(schoolId);
    SignedInUser user = requirePrincipalOf(school);
    if (!clock.workableSchoolYears().contains(year)) {
      throw new NetworkRuleException("rule.yearNotWorkable");
    }
    if (!school.isActive()) {
      throw new NetworkRuleException("rule.schoolClosed");
    }
    if (!SchoolRole.TUTOR.existsIn(school.getType())) {
      throw new NetworkRuleException(
          "rule.roleNotInSchoolType", SchoolRole.TUTOR, school.getType());
    }
    check.requireValid(teacher);
    String email = teacher.getEmail().strip().toLowerCase(Locale.ROOT);
    boolean pending =
        proposalsOf(school, year).stream()
            .anyMatch(p -> p.getStatus() == ProposalStatus.PROPOSED && p.getEmail().equals(email));
    if (pending) {
      throw new NetworkRuleException("rule.alreadyProposed", email);
    }
    TutorProposal proposal =
        new TutorProposal(school, year, teacher, user.loginName(), clock.now());
    em.persist(proposal);
    em.flush();
    auditLog.record(
        user.loginName(),
        "PROPOSE_TUTOR",
        "school " + schoolId + " proposal " + proposal.getId(),
        AuditOutcome.SUCCESS);
    return proposal;
  }

  /** The school's proposals in a school year, for its principal and its city's coordinator. */
  public List<TutorProposal> ofSchool(@NotNull Long schoolId, @NotNull SchoolYear year) {
    School school = existing(schoolId);
    scope.requireReaderOf(school);
    return proposalsOf(school, year);
  }

  /** The proposals waiting for the coordinator of the city, oldest first. */
  public List<TutorProposal> pendingInCity(@NotNull String cityCode) {
    City city = scope.cityInScope(cityCode);
    return em.createNamedQuery(TutorProposal.PENDING_IN_CITY, TutorProposal.class)
        .setParameter("city", city)
        .getResultList();
  }

  /**
   * Confirms a proposal: the teacher is found in the registry by email, or added to the school's
   * city, and assigned as a tutor. A school that already has four tutors refuses it, and then
   * nothing is saved.
   */
  public SchoolAssignment confirm(@NotNull Long proposalId) {
    TutorProposal proposal = existingProposal(proposalId);
    SignedInUser user = scope.requireCoordinatorOf(proposal.getSchool());
    proposal.decide(ProposalStatus.CONFIRMED, user.loginName(), clock.now());
    Person known = Person.withEmail(em, proposal.getEmail());
    Person teacher =
        known != null
            ? known
            : people.create(proposal.getSchool().getCity().getCode(), proposal.teacher());
    return assignments.assign(
        proposal.getSchool().getId(), teacher.getId(), SchoolRole.TUTOR, proposal.getSchoolYear());
  }

  public void reject(@NotNull Long proposalId) {
    TutorProposal proposal = existingProposal(proposalId);
    SignedInUser user = scope.requireCoordinatorOf(proposal.getSchool());
    proposal.decide(ProposalStatus.REJECTED, user.loginName(), clock.now());
    auditLog.record(
        user.loginName(), "REJECT_TUTOR", "proposal " + proposalId, AuditOutcome.SUCCESS);
  }

  private SignedInUser requirePrincipalOf(School school) {
    SignedInUser user = currentUser.get();
    boolean principal =
        user.personId() != null
            && SchoolAssignment.holders(em, school, SchoolRole.PRINCIPAL, clock.currentSchoolYear())
                .stream()
                .anyMatch(a -> a.getPerson().getId().equals(user.personId()));
    if (!principal && !user.isAdmin()) {
      throw currentUser.refuse("tutor proposal for school " + school.getId());
    }
    return user;
  }

  private List<TutorProposal> proposalsOf(School school, SchoolYear year) {
    return em.createNamedQuery(TutorProposal.OF_SCHOOL, TutorProposal.class)
        .setParameter("school", school)
        .setParameter("year", year)
        .getResultList();
  }

  private School existing(Long schoolId) {
    School school = em.find(School.class, schoolId);
    if (school == null) {
      throw new NetworkRuleException("rule.noSuchSchool");
    }
    return school;
  }

  private TutorProposal existingProposal(Long proposalId) {
    TutorProposal proposal = em.find(TutorProposal.class, proposalId);
    if (proposal == null) {
      throw new NetworkRuleException("rule.noSuchProposal");
    }
    return proposal;
  }
}
