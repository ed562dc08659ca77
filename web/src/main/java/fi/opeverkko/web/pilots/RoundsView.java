package fi.opeverkko.web.pilots;

import fi.opeverkko.pilots.EvaluationService;
import fi.opeverkko.pilots.RoundKind;
import fi.opeverkko.pilots.RoundRow;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.web.common.Actions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Opening this school year's self-evaluation rounds: the kind's default questions to edit (three
 * languages each), a due date; the rounds already open.
 */
@Named
@ViewScoped
public class RoundsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EvaluationService evaluations;
  @Inject private Actions actions;

  private List<RoundRow> rounds = List.of();
  private RoundKind kind = RoundKind.SPRING;
  private LocalDate dueOn;
  private List<Question> questions = new ArrayList<>();

  public void load() {
    rounds = evaluations.rounds();
    if (questions.isEmpty()) {
      takeDefaults();
    }
  }

  /** Starts the questions over from the chosen kind's default set. */
  public void takeDefaults() {
    questions =
        new ArrayList<>(evaluations.defaultQuestions(kind).stream().map(Question::of).toList());
  }

  public void addQuestion() {
    questions.add(new Question());
  }

  public void removeQuestion(int index) {
    questions.remove(index);
  }

  public void open() {
    RoundKind opened = kind;
    LocalDate due = dueOn;
    List<LocalizedText> asked = questions.stream().map(Question::text).toList();
    if (actions.run(() -> evaluations.open(opened, due, asked), "round.opened")) {
      dueOn = null;
      questions = new ArrayList<>();
      load();
    }
  }

  public RoundKind[] getKinds() {
    return RoundKind.values();
  }

  public List<RoundRow> getRounds() {
    return rounds;
  }

  public RoundKind getKind() {
    return kind;
  }

  public void setKind(RoundKind kind) {
    this.kind = kind;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public List<Question> getQuestions() {
    return questions;
  }

  /** A question as the form edits it, in the three languages. */
  public static class Question implements Serializable {

    private static final long serialVersionUID = 1L;

    private String fi;
    private String sv;
    private String en;

    static Question of(LocalizedText text) {
      Question question = new Question();
      question.fi = text.fi();
      question.sv = text.sv();
      question.en = text.en();
      return question;
    }

    LocalizedText text() {
      return new LocalizedText(fi, sv, en);
    }

    public String getFi() {
      return fi;
    }

    public void setFi(String fi) {
      this.fi = fi;
    }

    public String getSv() {
      return sv;
    }

    public void setSv(String sv) {
      this.sv = sv;
    }

    public String getEn() {
      return en;
    }

    public void setEn(String en) {
      this.en = en;
    }
  }
}
