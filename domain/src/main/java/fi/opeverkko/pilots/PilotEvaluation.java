package fi.opeverkko.pilots;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A project's answers to a round's questions, by the question's position; submitted once. */
@Entity
@Table(name = "pilot_evaluation")
public class PilotEvaluation {

  static final int MAX_ANSWER = 4000;

  @Id
  @SequenceGenerator(
      name = "pilot_evaluation_seq",
      sequenceName = "pilot_evaluation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pilot_evaluation_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "round_id")
  private EvaluationRound round;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "project_id")
  private PilotProject project;

  private boolean submitted;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @ElementCollection
  @CollectionTable(name = "evaluation_answer", joinColumns = @JoinColumn(name = "evaluation_id"))
  @MapKeyColumn(name = "position")
  @Column(name = "answer")
  private Map<Integer, String> answers = new HashMap<>();

  @Version private long version;

  protected PilotEvaluation() {}

  PilotEvaluation(EvaluationRound round, PilotProject project, LocalDateTime now) {
    this.round = round;
    this.project = project;
    this.updatedAt = now;
  }

  /** Keeps the answers given (blank ones are dropped); refuses after submission. */
  void answer(List<String> given, LocalDateTime now) {
    if (submitted) {
      throw new PilotRuleException("evaluation.submitted");
    }
    if (given.size() > round.getQuestions().size()) {
      throw new PilotRuleException("evaluation.noSuchQuestion");
    }
    answers.clear();
    for (int position = 0; position < given.size(); position++) {
      String answer = given.get(position);
      if (answer != null && !answer.isBlank()) {
        if (answer.strip().length() > MAX_ANSWER) {
          throw new PilotRuleException("evaluation.answerTooLong", position + 1);
        }
        answers.put(position, answer.strip());
      }
    }
    updatedAt = now;
  }

  /** Submits the answers; every question must have one. */
  void submit(LocalDateTime now) {
    if (submitted) {
      throw new PilotRuleException("evaluation.submitted");
    }
    for (int position = 0; position < round.getQuestions().size(); position++) {
      if (!answers.containsKey(position)) {
        throw new PilotRuleException("evaluation.unanswered", position + 1);
      }
    }
    submitted = true;
    submittedAt = now;
    updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public EvaluationRound getRound() {
    return round;
  }

  public PilotProject getProject() {
    return project;
  }

  public boolean isSubmitted() {
    return submitted;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public Map<Integer, String> getAnswers() {
    return Collections.unmodifiableMap(answers);
  }
}
