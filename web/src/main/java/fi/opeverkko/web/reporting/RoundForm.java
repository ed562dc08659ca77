package fi.opeverkko.web.reporting;

import fi.opeverkko.competence.Level;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.reporting.QuestionDetails;
import fi.opeverkko.reporting.RoundDetails;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What an admin types of a survey round: its window and its questions in fi, sv and en. */
public class RoundForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The round being changed, or null for a new one. */
  private final Long id;

  private final SchoolYear year;
  private LocalDate opensOn;
  private LocalDate closesOn;
  private final List<QuestionForm> questions = new ArrayList<>();

  /** A question: its level, and its area and text by language code. */
  public static class QuestionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Level level;
    private final Map<String, String> area = new HashMap<>();
    private final Map<String, String> text = new HashMap<>();

    static QuestionForm of(QuestionDetails details) {
      QuestionForm form = new QuestionForm();
      form.level = details.level();
      form.area.putAll(
          Map.of("fi", details.area().fi(), "sv", details.area().sv(), "en", details.area().en()));
      form.text.putAll(
          Map.of("fi", details.text().fi(), "sv", details.text().sv(), "en", details.text().en()));
      return form;
    }

    QuestionDetails details() {
      return new QuestionDetails(
          level,
          new LocalizedName(area.get("fi"), area.get("sv"), area.get("en")),
          new LocalizedText(text.get("fi"), text.get("sv"), text.get("en")));
    }

    public Level getLevel() {
      return level;
    }

    public void setLevel(Level level) {
      this.level = level;
    }

    public Map<String, String> getArea() {
      return area;
    }

    public Map<String, String> getText() {
      return text;
    }
  }

  RoundForm(Long id, RoundDetails details) {
    this.id = id;
    this.year = details.year();
    this.opensOn = details.opensOn();
    this.closesOn = details.closesOn();
    details.questions().forEach(question -> questions.add(QuestionForm.of(question)));
  }

  RoundDetails details() {
    return new RoundDetails(
        year, opensOn, closesOn, questions.stream().map(QuestionForm::details).toList());
  }

  void addQuestion() {
    questions.add(new QuestionForm());
  }

  void removeQuestion(int index) {
    questions.remove(index);
  }

  public Long getId() {
    return id;
  }

  public SchoolYear getYear() {
    return year;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(LocalDate opensOn) {
    this.opensOn = opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public void setClosesOn(LocalDate closesOn) {
    this.closesOn = closesOn;
  }

  public List<QuestionForm> getQuestions() {
    return questions;
  }
}
