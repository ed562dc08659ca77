package fi.opeverkko.reporting;

import fi.opeverkko.platform.SchoolYear;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A yearly round of the self-assessment survey: its window and its questions. The questions and the
 * window may change until the round opens; the teachers' answers then refer to them as they were.
 */
@Entity
@Table(name = "survey_round")
public class SurveyRound {

  @Id
  @SequenceGenerator(
      name = "survey_round_seq",
      sequenceName = "survey_round_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_round_seq")
  private Long id;

  @Column(name = "school_year")
  private SchoolYear schoolYear;

  @Column(name = "opens_on")
  private LocalDate opensOn;

  @Column(name = "closes_on")
  private LocalDate closesOn;

  @Column(name = "created_by")
  private String createdBy;

  @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<SurveyQuestion> questions = new ArrayList<>();

  @Version private long version;

  protected SurveyRound() {}

  /** A new round, checked as {@link #revise} checks it; the author is named in the round. */
  SurveyRound(RoundDetails details, String createdBy, LocalDate today) {
    this.schoolYear = details.year();
    this.createdBy = createdBy;
    write(details, today);
  }

  /** Takes the admin's changes: only before the round opens. */
  void revise(RoundDetails details, LocalDate today) {
    if (stateOn(today) != RoundState.UPCOMING) {
      throw new ReportingRuleException("survey.roundStarted");
    }
    if (!details.year().equals(schoolYear)) {
      throw new ReportingRuleException("survey.yearFixed");
    }
    write(details, today);
  }

  private void write(RoundDetails details, LocalDate today) {
    if (details.closesOn().isBefore(details.opensOn())) {
      throw new ReportingRuleException("survey.closesBeforeOpens");
    }
    if (details.opensOn().isBefore(today)) {
      throw new ReportingRuleException("survey.opensInPast");
    }
    opensOn = details.opensOn();
    closesOn = details.closesOn();
    questions.clear();
    int position = 0;
    for (QuestionDetails question : details.questions()) {
      questions.add(new SurveyQuestion(this, position++, question));
    }
  }

  /** Refuses answers outside the window. */
  void requireOpen(LocalDate today) {
    if (stateOn(today) != RoundState.OPEN) {
      throw new ReportingRuleException("survey.notOpen");
    }
  }

  RoundState stateOn(LocalDate day) {
    if (day.isBefore(opensOn)) {
      return RoundState.UPCOMING;
    }
    return day.isAfter(closesOn) ? RoundState.CLOSED : RoundState.OPEN;
  }

  public Long getId() {
    return id;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public List<SurveyQuestion> getQuestions() {
    return questions;
  }
}
