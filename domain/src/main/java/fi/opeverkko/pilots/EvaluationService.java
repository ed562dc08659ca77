package fi.opeverkko.pilots;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.IntStream;

/**
 * The self-evaluation rounds: a coordinator opens a round of this school year with its questions
 * and due date; every project accepted that year answers it (a draft, then submitted once); an
 * answer not submitted by the due date is late, and may still be submitted.
 */
@Published
@Stateless
public class EvaluationService {

  private static final String QUESTIONS = "fi.opeverkko.pilots.questions";
  private static final int MAX_QUESTION = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private PilotAccess access;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;

  /** The questions a round of the kind starts from, in the three languages. */
  public List<LocalizedText> defaultQuestions(@NotNull RoundKind kind) {
    ResourceBundle fi = ResourceBundle.getBundle(QUESTIONS, Locale.forLanguageTag("fi"));
    ResourceBundle sv = ResourceBundle.getBundle(QUESTIONS, Locale.forLanguageTag("sv"));
    ResourceBundle en = ResourceBundle.getBundle(QUESTIONS, Locale.ENGLISH);
    List<LocalizedText> questions = new ArrayList<>();
    for (int n = 1; en.containsKey(kind + "." + n); n++) {
      String key = kind + "." + n;
      questions.add(new LocalizedText(fi.getString(key), sv.getString(key), en.getString(key)));
    }
    return questions;
  }

  /**
   * Opens this school year's round of the kind; once a year each. The due date is a rule of its own
   * rather than a constraint: the form leaves it empty while questions are added, and its refusal
   * is said in words.
   */
  public Long open(
      @NotNull RoundKind kind, LocalDate dueOn, @NotNull List<LocalizedText> questions) {
    access.requireRoundOpener();
    SchoolYear year = clock.currentSchoolYear();
    if (dueOn == null) {
      throw new PilotRuleException("round.dueMissing");
    }
    if (dueOn.isBefore(clock.today()) || dueOn.isAfter(year.lastDay())) {
      throw new PilotRuleException("round.dueOutsideYear", year.label());
    }
    List<LocalizedText> kept = questions.stream().map(EvaluationService::checked).toList();
    if (kept.isEmpty()) {
      throw new PilotRuleException("round.noQuestions");
    }
    if (roundOf(year, kind).isPresent()) {
      throw new PilotRuleException("round.exists", year.label());
    }
    EvaluationRound round = new EvaluationRound(year, kind, dueOn, kept, clock.now());
    em.persist(round);
    try {
      em.flush();
    } catch (PersistenceException openedAtTheSameTime) {
      throw new PilotRuleException("round.exists", year.label());
    }
    audit("PILOT_ROUND_OPEN", "evaluation round " + round.getId() + " " + kind + " " + year);
    return round.getId();
  }

  /** The rounds of this school year, spring first. */
  public List<RoundRow> rounds() {
    return em.createQuery(
            "SELECT r FROM EvaluationRound r WHERE r.schoolYear = :year ORDER BY r.kind",
            EvaluationRound.class)
        .setParameter("year", clock.currentSchoolYear())
        .getResultStream()
        .map(RoundRow::of)
        .toList();
  }

  /** The school's answers to the round, to its project's writers and the city's coordinator. */
  public EvaluationForm evaluation(@NotNull Long roundId, @NotNull Long schoolId, Locale locale) {
    EvaluationRound round = existingRound(roundId);
    PilotProject project = acceptedProject(round, schoolId);
    access.requireReaderOf(project);
    PilotEvaluation evaluation = evaluationOf(round, project);
    boolean submitted = evaluation != null && evaluation.isSubmitted();
    List<String> answers =
        IntStream.range(0, round.getQuestions().size())
            .mapToObj(n -> evaluation == null ? "" : evaluation.getAnswers().getOrDefault(n, ""))
            .toList();
    return new EvaluationForm(
        RoundRow.of(round),
        schoolId,
        project.getSchool().name(locale),
        answers,
        submitted,
        late(round, evaluation),
        !submitted && access.writes(project));
  }

  /** Keeps the answers written so far. */
  public void save(@NotNull Long roundId, @NotNull Long schoolId, @NotNull List<String> answers) {
    PilotEvaluation evaluation = writable(roundId, schoolId);
    evaluation.answer(answers, clock.now());
    written(evaluation, "PILOT_EVALUATION_SAVE");
  }

  /** Keeps the answers and hands them in; every question must have one. */
  public void submit(@NotNull Long roundId, @NotNull Long schoolId, @NotNull List<String> answers) {
    PilotEvaluation evaluation = writable(roundId, schoolId);
    evaluation.answer(answers, clock.now());
    evaluation.submit(clock.now());
    written(evaluation, "PILOT_EVALUATION_SUBMIT");
  }

  private PilotEvaluation writable(Long roundId, Long schoolId) {
    EvaluationRound round = existingRound(roundId);
    PilotProject project = acceptedProject(round, schoolId);
    access.requireWriterOf(project);
    PilotEvaluation evaluation = evaluationOf(round, project);
    if (evaluation == null) {
      evaluation = new PilotEvaluation(round, project, clock.now());
      em.persist(evaluation);
    }
    return evaluation;
  }

  private void written(PilotEvaluation evaluation, String action) {
    try {
      em.flush();
    } catch (PersistenceException changedOrStartedMeanwhile) {
      throw new PilotRuleException("pilot.stale");
    }
    audit(action, "pilot evaluation " + evaluation.getId());
  }

  /** Whether the answers were not submitted by the round's due date. */
  private boolean late(EvaluationRound round, PilotEvaluation evaluation) {
    if (evaluation != null && evaluation.isSubmitted()) {
      return evaluation.getSubmittedAt().toLocalDate().isAfter(round.getDueOn());
    }
    return round.pastDue(clock.today());
  }

  private Optional<EvaluationRound> roundOf(SchoolYear year, RoundKind kind) {
    return em.createQuery(
            "SELECT r FROM EvaluationRound r WHERE r.schoolYear = :year AND r.kind = :kind",
            EvaluationRound.class)
        .setParameter("year", year)
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst();
  }

  private EvaluationRound existingRound(Long roundId) {
    EvaluationRound round = em.find(EvaluationRound.class, roundId);
    if (round == null) {
      throw new PilotRuleException("round.noSuchRound");
    }
    return round;
  }

  private PilotProject acceptedProject(EvaluationRound round, Long schoolId) {
    PilotProject project = Pilots.of(em, schoolId, round.getSchoolYear());
    if (project == null) {
      throw new PilotRuleException("pilot.noSuchProject");
    }
    if (project.getState() != PilotState.ACCEPTED) {
      throw new PilotRuleException("pilot.notAccepted");
    }
    return project;
  }

  private PilotEvaluation evaluationOf(EvaluationRound round, PilotProject project) {
    return em.createQuery(
            "SELECT e FROM PilotEvaluation e WHERE e.round = :round AND e.project = :project",
            PilotEvaluation.class)
        .setParameter("round", round)
        .setParameter("project", project)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static LocalizedText checked(LocalizedText question) {
    LocalizedText stripped = question.stripped();
    // A language left empty is null: List.of would refuse it before the rule could.
    for (String text : Arrays.asList(stripped.fi(), stripped.sv(), stripped.en())) {
      if (text == null || text.isEmpty()) {
        throw new PilotRuleException("round.questionBlank");
      }
      if (text.length() > MAX_QUESTION) {
        throw new PilotRuleException("round.questionTooLong");
      }
    }
    return stripped;
  }

  private void audit(String action, String object) {
    auditLog.record(access.user().loginName(), action, object, AuditOutcome.SUCCESS);
  }
}
