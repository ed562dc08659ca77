package fi.opeverkko.reporting;

import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A teacher's answers to a round, one per round, kept with the school they answered for so that the
 * results group by school, type, language and city. Changed in place while the round is open.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

  @Id
  @SequenceGenerator(
      name = "survey_response_seq",
      sequenceName = "survey_response_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_response_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "round_id")
  private SurveyRound round;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "school_id")
  private School school;

  @Column(name = "answered_at")
  private LocalDateTime answeredAt;

  @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<SurveyAnswer> answers = new ArrayList<>();

  @Version private long version;

  protected SurveyResponse() {}

  SurveyResponse(SurveyRound round, Person person, School school) {
    this.round = round;
    this.person = person;
    this.school = school;
  }

  /**
   * Takes a step for every question of the round, the first time or again: all of them, nothing
   * else, or nothing is kept.
   */
  void answer(Map<Long, SurveyStep> steps, LocalDateTime now) {
    List<SurveyQuestion> questions = round.getQuestions();
    boolean complete = questions.stream().allMatch(question -> steps.get(question.getId()) != null);
    if (!complete || steps.size() != questions.size()) {
      throw new ReportingRuleException("survey.answerEveryQuestion");
    }
    for (SurveyQuestion question : questions) {
      SurveyStep step = steps.get(question.getId());
      answers.stream()
          .filter(answer -> answer.getQuestion().equals(question))
          .findFirst()
          .ifPresentOrElse(
              answer -> answer.change(step),
              () -> answers.add(new SurveyAnswer(this, question, step)));
    }
    answeredAt = now;
  }

  public Long getId() {
    return id;
  }

  public List<SurveyAnswer> getAnswers() {
    return answers;
  }

  public LocalDateTime getAnsweredAt() {
    return answeredAt;
  }
}
