package fi.opeverkko.reporting;

import fi.opeverkko.competence.Level;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A question of a round: how well the teacher masters an area of competence at a level. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

  @Id
  @SequenceGenerator(
      name = "survey_question_seq",
      sequenceName = "survey_question_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_question_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "round_id")
  private SurveyRound round;

  private int position;

  @Column(name = "question_level")
  private Level level;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "fi", column = @Column(name = "area_fi")),
    @AttributeOverride(name = "sv", column = @Column(name = "area_sv")),
    @AttributeOverride(name = "en", column = @Column(name = "area_en"))
  })
  private LocalizedName area;

  @Embedded private LocalizedText text;

  protected SurveyQuestion() {}

  SurveyQuestion(SurveyRound round, int position, QuestionDetails details) {
    this.round = round;
    this.position = position;
    this.level = details.level();
    this.area =
        new LocalizedName(
            details.area().fi().strip(), details.area().sv().strip(), details.area().en().strip());
    this.text = details.text().stripped();
  }

  public Long getId() {
    return id;
  }

  public SurveyRound getRound() {
    return round;
  }

  public Level getLevel() {
    return level;
  }

  public LocalizedName getArea() {
    return area;
  }

  public LocalizedText getText() {
    return text;
  }
}
