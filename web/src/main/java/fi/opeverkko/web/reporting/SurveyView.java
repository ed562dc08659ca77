package fi.opeverkko.web.reporting;

import fi.opeverkko.reporting.OwnResults;
import fi.opeverkko.reporting.RoundRow;
import fi.opeverkko.reporting.SurveyService;
import fi.opeverkko.reporting.SurveyStep;
import fi.opeverkko.web.common.Actions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * A teacher's self-assessment: the round open today, their answers (kept by step name, as the radio
 * buttons send them), and their own results with the badges and courses suggested for the gaps.
 */
@Named
@ViewScoped
public class SurveyView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SurveyService survey;
  @Inject private Actions actions;

  private RoundRow round;
  private final Map<Long, String> steps = new HashMap<>();
  private OwnResults results;

  public void load() {
    round = survey.current().orElse(null);
    steps.clear();
    if (round != null) {
      survey.myAnswers(round.id()).forEach((question, step) -> steps.put(question, step.name()));
      results = survey.myResults(round.id());
    }
  }

  public void save() {
    Map<Long, SurveyStep> answers = new HashMap<>();
    steps.forEach(
        (question, step) -> {
          if (step != null && !step.isBlank()) {
            answers.put(question, SurveyStep.valueOf(step));
          }
        });
    if (actions.run(() -> survey.answer(round.id(), answers), "survey.saved")) {
      results = survey.myResults(round.id());
    }
  }

  public SurveyStep[] getAllSteps() {
    return SurveyStep.values();
  }

  /** The open round, or null when none takes answers today. */
  public RoundRow getRound() {
    return round;
  }

  public Map<Long, String> getSteps() {
    return steps;
  }

  public OwnResults getResults() {
    return results;
  }
}
