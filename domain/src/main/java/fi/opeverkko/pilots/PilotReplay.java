package fi.opeverkko.pilots;

import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.network.School;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.SchoolYear;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes pilot projects, rounds and answers that did not happen through the portal's pages, at the
 * times given: the demo network and the tests' worlds. Every step goes through the entities' own
 * rules, as the services take them, but without a signed-in user, an audit entry or a letter. The
 * caller holds the transaction.
 */
public final class PilotReplay {

  private final EntityManager em;

  public PilotReplay(EntityManager em) {
    this.em = em;
  }

  /** A school's project of a year, written and taken to the state through its steps. */
  public PilotProject project(
      School school,
      SchoolYear year,
      DevelopmentArea area,
      ProjectContents contents,
      PilotState state,
      LocalDateTime at) {
    PilotProject project = new PilotProject(school, year, area, at);
    project.write(area, contents, at);
    switch (state) {
      case DRAFT -> {}
      case SUBMITTED -> project.submit(at);
      case RETURNED -> {
        project.submit(at);
        project.decide(false, "Tarkentakaa aikataulua ja budjettia.", at);
      }
      case ACCEPTED -> {
        project.submit(at);
        project.decide(true, null, at);
      }
    }
    em.persist(project);
    return project;
  }

  /** A round of a year, whatever its due date (the service opens only coming ones). */
  public EvaluationRound round(
      SchoolYear year,
      RoundKind kind,
      LocalDate dueOn,
      List<LocalizedText> questions,
      LocalDateTime at) {
    EvaluationRound round = new EvaluationRound(year, kind, dueOn, questions, at);
    em.persist(round);
    return round;
  }

  /** A project's answers to a round, submitted or kept as a draft. */
  public void answer(
      EvaluationRound round,
      PilotProject project,
      List<String> answers,
      boolean submit,
      LocalDateTime at) {
    PilotEvaluation evaluation = new PilotEvaluation(round, project, at);
    evaluation.answer(answers, at);
    if (submit) {
      evaluation.submit(at);
    }
    em.persist(evaluation);
  }
}
