package fi.opeverkko.web.pilots;

import fi.opeverkko.pilots.EvaluationForm;
import fi.opeverkko.pilots.EvaluationService;
import fi.opeverkko.pilots.PilotRuleException;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.Responses;
import fi.opeverkko.web.i18n.LanguageSwitch;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A pilot school's answers to a self-evaluation round: saved as a draft, then submitted. */
@Named
@ViewScoped
public class EvaluationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EvaluationService evaluations;
  @Inject private Actions actions;
  @Inject private LanguageSwitch language;

  private Long schoolId;
  private Long roundId;
  private EvaluationForm form;
  private List<Answer> answers = new ArrayList<>();

  public void load() throws IOException {
    if (schoolId == null || roundId == null) {
      Responses.notFound();
      return;
    }
    try {
      form = evaluations.evaluation(roundId, schoolId, language.getLocale());
    } catch (PilotRuleException noSuchRoundOrProject) {
      Responses.notFound();
      return;
    }
    answers = new ArrayList<>();
    for (int n = 0; n < form.answers().size(); n++) {
      answers.add(
          new Answer(
              form.round().questions().get(n).in(language.getLocale()), form.answers().get(n)));
    }
  }

  public void save() throws IOException {
    List<String> written = written();
    if (actions.run(() -> evaluations.save(roundId, schoolId, written), "evaluation.saved")) {
      load();
    }
  }

  public void submit() throws IOException {
    List<String> written = written();
    if (actions.run(
        () -> evaluations.submit(roundId, schoolId, written), "evaluation.submittedDone")) {
      load();
    }
  }

  private List<String> written() {
    return answers.stream().map(Answer::getText).toList();
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public EvaluationForm getForm() {
    return form;
  }

  public List<Answer> getAnswers() {
    return answers;
  }

  /** A question and the answer being written to it. */
  public static class Answer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String question;
    private String text;

    Answer(String question, String text) {
      this.question = question;
      this.text = text;
    }

    public String getQuestion() {
      return question;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }
}
