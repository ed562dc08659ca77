package fi.opeverkko.pilots;

import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.SchoolYear;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A self-evaluation round of a school year, opened by a coordinator with its questions and due
 * date: every project accepted in that year answers it.
 */
@Entity
@Table(name = "evaluation_round")
public class EvaluationRound {

  @Id
  @SequenceGenerator(
      name = "evaluation_round_seq",
      sequenceName = "evaluation_round_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_round_seq")
  private Long id;

  @Column(name = "school_year")
  private SchoolYear schoolYear;

  @Enumerated(EnumType.STRING)
  private RoundKind kind;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "opened_at")
  private LocalDateTime openedAt;

  @ElementCollection
  @CollectionTable(name = "evaluation_question", joinColumns = @JoinColumn(name = "round_id"))
  @OrderColumn(name = "position")
  @AttributeOverrides({
    @AttributeOverride(name = "fi", column = @Column(name = "text_fi")),
    @AttributeOverride(name = "sv", column = @Column(name = "text_sv")),
    @AttributeOverride(name = "en", column = @Column(name = "text_en"))
  })
  private List<LocalizedText> questions = new ArrayList<>();

  protected EvaluationRound() {}

  EvaluationRound(
      SchoolYear schoolYear,
      RoundKind kind,
      LocalDate dueOn,
      List<LocalizedText> questions,
      LocalDateTime now) {
    this.schoolYear = schoolYear;
    this.kind = kind;
    this.dueOn = dueOn;
    this.questions.addAll(questions);
    this.openedAt = now;
  }

  /** Whether an answer not submitted by now is late. */
  boolean pastDue(LocalDate today) {
    return today.isAfter(dueOn);
  }

  public Long getId() {
    return id;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public RoundKind getKind() {
    return kind;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public List<LocalizedText> getQuestions() {
    return Collections.unmodifiableList(questions);
  }
}
