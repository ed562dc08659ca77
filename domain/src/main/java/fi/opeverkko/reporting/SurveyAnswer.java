package fi.opeverkko.reporting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A teacher's step on one question; its number is kept so that SQL counts the needs. */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {

  @Id
  @SequenceGenerator(
      name = "survey_answer_seq",
      sequenceName = "survey_answer_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_answer_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "response_id")
  private SurveyResponse response;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "question_id")
  private SurveyQuestion question;

  private int step;

  protected SurveyAnswer() {}

  SurveyAnswer(SurveyResponse response, SurveyQuestion question, SurveyStep step) {
    this.response = response;
    this.question = question;
    this.step = step.number();
  }

  void change(SurveyStep step) {
    this.step = step.number();
  }

  public SurveyQuestion getQuestion() {
    return question;
  }

  public SurveyStep getStep() {
    return SurveyStep.ofNumber(step);
  }
}
