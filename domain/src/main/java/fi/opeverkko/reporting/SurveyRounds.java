package fi.opeverkko.reporting;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The rounds of the self-assessment survey: admins open one a school year, usually as a copy of the
 * year before, and may change it until it opens; every signed-in user may see which rounds exist.
 */
@Published
@Stateless
public class SurveyRounds {

  /** The window a copied round starts with, for the admin to move. */
  private static final int DRAFT_WEEKS_OPEN = 4;

  @PersistenceContext private EntityManager em;
  @Inject private ReportingAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;
  @Inject private Validator validator;

  /** Every round, the newest first. */
  public List<RoundRow> rounds() {
    currentUser.get();
    return Rounds.all(em, clock.today());
  }

  public RoundRow round(@NotNull Long roundId) {
    currentUser.get();
    SurveyRound round = Rounds.existing(em, roundId);
    return Rounds.row(round, Rounds.respondents(em, round), clock.today());
  }

  /**
   * A new round for the school year as a copy of the latest round before it (its questions),
   * opening tomorrow for four weeks; not kept until the admin opens it. Empty questions when there
   * is none.
   */
  public RoundDetails copyOfLatest(@NotNull SchoolYear year) {
    access.requireAdmin();
    List<QuestionDetails> questions =
        em.createQuery(
                "SELECT r FROM SurveyRound r WHERE r.schoolYear < :year ORDER BY r.schoolYear DESC",
                SurveyRound.class)
            .setParameter("year", year)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .map(
                round ->
                    round.getQuestions().stream().map(q -> QuestionRow.of(q).details()).toList())
            .orElse(List.of());
    LocalDate opens = clock.today().plusDays(1);
    return new RoundDetails(year, opens, opens.plusWeeks(DRAFT_WEEKS_OPEN), questions);
  }

  /** Opens the school year's round: one a year, opening today at the earliest. */
  public Long open(@NotNull RoundDetails details) {
    SignedInUser user = access.requireAdmin();
    requireValid(details);
    if (Rounds.ofYear(em, details.year()) != null) {
      throw new ReportingRuleException("survey.yearTaken", details.year().label());
    }
    SurveyRound round = new SurveyRound(details, user.displayName(), clock.today());
    em.persist(round);
    em.flush();
    audit(user, "OPEN_SURVEY_ROUND", round);
    return round.getId();
  }

  /** Changes the round's window and questions, until it opens. */
  public void revise(@NotNull Long roundId, @NotNull RoundDetails details) {
    SignedInUser user = access.requireAdmin();
    requireValid(details);
    SurveyRound round = Rounds.existing(em, roundId);
    round.revise(details, clock.today());
    audit(user, "REVISE_SURVEY_ROUND", round);
  }

  /** A question without its text in one of the languages, say, is refused by name. */
  private void requireValid(RoundDetails details) {
    Set<ConstraintViolation<RoundDetails>> violations = validator.validate(details);
    if (!violations.isEmpty()) {
      throw new ReportingRuleException(
          "survey.invalidDetails", violations.iterator().next().getPropertyPath().toString());
    }
  }

  private void audit(SignedInUser user, String action, SurveyRound round) {
    auditLog.record(
        user.loginName(),
        action,
        "survey round " + round.getId() + " " + round.getSchoolYear().label(),
        AuditOutcome.SUCCESS);
  }
}
