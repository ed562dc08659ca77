package fi.opeverkko.reporting;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.competence.BadgeRow;
import fi.opeverkko.competence.CatalogueService;
import fi.opeverkko.competence.Level;
import fi.opeverkko.courses.CourseFilter;
import fi.opeverkko.courses.CourseQueries;
import fi.opeverkko.courses.CourseRow;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.TeachingStaff;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A teacher's side of the survey: the round open today, their own answers, given once a round and
 * changed until it closes, and their own results with the badges and courses for their gaps.
 */
@Published
@Stateless
public class SurveyService {

  /** How many coming courses are suggested for each level of a gap. */
  private static final int COURSES_PER_LEVEL = 3;

  @PersistenceContext private EntityManager em;
  @Inject private ReportingAccess access;
  @Inject private NetworkReferences references;
  @Inject private TeachingStaff staff;
  @Inject private CatalogueService catalogue;
  @Inject private CourseQueries courses;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;

  /** The round taking answers today, if any (the latest opened when windows overlap). */
  public Optional<RoundRow> current() {
    access.requireTeachingStaff();
    LocalDate today = clock.today();
    return em.createQuery(
            "SELECT r FROM SurveyRound r WHERE r.opensOn <= :today AND r.closesOn >= :today"
                + " ORDER BY r.opensOn DESC, r.id DESC",
            SurveyRound.class)
        .setParameter("today", today)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(round -> Rounds.row(round, Rounds.respondents(em, round), today));
  }

  /** The signed-in teacher's steps in the round by question id; empty before they answer. */
  public Map<Long, SurveyStep> myAnswers(@NotNull Long roundId) {
    SignedInUser user = access.requireTeachingStaff();
    return find(Rounds.existing(em, roundId), user.personId())
        .map(
            response ->
                response.getAnswers().stream()
                    .collect(
                        Collectors.toMap(
                            answer -> answer.getQuestion().getId(), SurveyAnswer::getStep)))
        .orElse(Map.of());
  }

  /**
   * Keeps the signed-in teacher's steps for every question of the round, the first time or again,
   * while the round is open; for the school where they teach in the round's year.
   */
  public void answer(@NotNull Long roundId, @NotNull Map<Long, SurveyStep> steps) {
    SignedInUser user = access.requireTeachingStaff();
    SurveyRound round = Rounds.existing(em, roundId);
    round.requireOpen(clock.today());
    SurveyResponse response =
        find(round, user.personId()).orElseGet(() -> newResponse(round, user.personId()));
    response.answer(steps, clock.now());
    auditLog.record(
        user.loginName(),
        "ANSWER_SURVEY",
        "survey round " + round.getId() + " answered by person " + user.personId(),
        AuditOutcome.SUCCESS);
  }

  /**
   * The signed-in teacher's results of the round against the levels: for each gap the current
   * badges of its area and level, and the coming courses of the levels where they have one.
   */
  public OwnResults myResults(@NotNull Long roundId) {
    SignedInUser user = access.requireTeachingStaff();
    SurveyRound round = Rounds.existing(em, roundId);
    RoundRow row = Rounds.row(round, Rounds.respondents(em, round), clock.today());
    Optional<SurveyResponse> response = find(round, user.personId());
    if (response.isEmpty()) {
      return new OwnResults(row, List.of(), List.of());
    }
    List<BadgeRow> badges = catalogue.catalogue(false);
    List<OwnAnswer> answers =
        response.get().getAnswers().stream()
            .sorted(
                Comparator.comparing(answer -> round.getQuestions().indexOf(answer.getQuestion())))
            .map(answer -> ownAnswer(answer, badges))
            .toList();
    Set<Level> gaps =
        answers.stream()
            .filter(answer -> !answer.meetsLevel())
            .map(answer -> answer.question().level())
            .collect(Collectors.toCollection(TreeSet::new));
    List<CourseRow> suggested =
        gaps.stream().flatMap(level -> comingCourses(level).stream()).toList();
    return new OwnResults(row, answers, suggested);
  }

  private static OwnAnswer ownAnswer(SurveyAnswer answer, List<BadgeRow> badges) {
    QuestionRow question = QuestionRow.of(answer.getQuestion());
    if (!answer.getStep().needsTraining()) {
      return new OwnAnswer(question, answer.getStep(), List.of());
    }
    return new OwnAnswer(
        question,
        answer.getStep(),
        badges.stream()
            .filter(badge -> badge.level() == question.level())
            .filter(badge -> badge.area().fi().equalsIgnoreCase(question.area().fi()))
            .toList());
  }

  private List<CourseRow> comingCourses(Level level) {
    return courses
        .catalogue(
            new CourseFilter(level, null, clock.today(), null, null, null, null),
            0,
            COURSES_PER_LEVEL)
        .rows();
  }

  private SurveyResponse newResponse(SurveyRound round, Long personId) {
    Person person =
        references
            .person(personId)
            .orElseThrow(() -> new ReportingRuleException("survey.noSchool"));
    // The school they answer for; the first by id when they teach in several.
    Long schoolId =
        staff.schoolsOf(personId, TeachingStaff.ROLES, round.getSchoolYear()).stream()
            .min(Long::compare)
            .orElseThrow(() -> new ReportingRuleException("survey.noSchool"));
    School school =
        references
            .school(schoolId)
            .orElseThrow(() -> new ReportingRuleException("survey.noSchool"));
    SurveyResponse response = new SurveyResponse(round, person, school);
    em.persist(response);
    return response;
  }

  private Optional<SurveyResponse> find(SurveyRound round, Long personId) {
    return em.createQuery(
            "SELECT r FROM SurveyResponse r WHERE r.round = :round AND r.person.id = :person",
            SurveyResponse.class)
        .setParameter("round", round)
        .setParameter("person", personId)
        .getResultStream()
        .findFirst();
  }
}
