package fi.opeverkko.feedback;

import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import fi.opeverkko.platform.LocalizedName;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.Set;

/**
 * A visit's or a course's feedback in short, as its context last reported it: who gave it, when,
 * the sum of the ratings and how many answered. The trends are read from these rows.
 */
@Entity
@Table(name = "feedback_subject")
public class FeedbackSubject {

  @Id
  @SequenceGenerator(
      name = "feedback_subject_seq",
      sequenceName = "feedback_subject_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_subject_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  private SubjectKind kind;

  @Column(name = "subject_id")
  private Long subjectId;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "fi", column = @Column(name = "title_fi")),
    @AttributeOverride(name = "sv", column = @Column(name = "title_sv")),
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  })
  private LocalizedName title;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private ExpertTeam team;

  @ManyToMany
  @JoinTable(
      name = "feedback_trainer",
      joinColumns = @JoinColumn(name = "subject_row_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  private Set<Person> trainers = new HashSet<>();

  @Column(name = "held_on")
  private LocalDate heldOn;

  /** The first day of the term it was given in: autumn from August, spring from January. */
  @Column(name = "term_start")
  private LocalDate termStart;

  @Column(name = "rating_sum")
  private int ratingSum;

  private int answers;

  /** The ratings' average, kept for the lists ordered by it (null before the first answer). */
  private Double average;

  protected FeedbackSubject() {}

  FeedbackSubject(SubjectKind kind, Long subjectId) {
    this.kind = kind;
    this.subjectId = subjectId;
  }

  /** The subject's row, new when its first answer is reported. */
  static FeedbackSubject of(EntityManager em, SubjectKind kind, Long subjectId) {
    return em.createQuery(
            "SELECT s FROM FeedbackSubject s WHERE s.kind = :kind AND s.subjectId = :id",
            FeedbackSubject.class)
        .setParameter("kind", kind)
        .setParameter("id", subjectId)
        .getResultStream()
        .findFirst()
        .orElseGet(() -> new FeedbackSubject(kind, subjectId));
  }

  void update(FeedbackResult result) {
    if (result.answers() < 0
        || result.ratingSum() < result.answers()
        || result.ratingSum() > 5 * result.answers()) {
      throw new IllegalArgumentException("ratings out of 1–5: " + result);
    }
    this.title = result.title();
    this.team = result.team();
    this.trainers.clear();
    this.trainers.addAll(result.trainers());
    this.heldOn = result.heldOn();
    this.termStart = termStart(result.heldOn());
    this.ratingSum = result.ratingSum();
    this.answers = result.answers();
    this.average = answers == 0 ? null : (double) ratingSum / answers;
  }

  /** Autumn term from August to December, spring term from January to July. */
  static LocalDate termStart(LocalDate day) {
    return day.getMonthValue() >= Month.AUGUST.getValue()
        ? LocalDate.of(day.getYear(), Month.AUGUST, 1)
        : LocalDate.of(day.getYear(), Month.JANUARY, 1);
  }

  /** Whether enough have answered for the feedback to count and its average is under the bar. */
  boolean callsForDiscussion() {
    return answers >= kind.countsFrom() && average() < FeedbackResult.DISCUSSION_BELOW;
  }

  double average() {
    return answers == 0 ? 0 : (double) ratingSum / answers;
  }

  public Long getId() {
    return id;
  }

  public SubjectKind getKind() {
    return kind;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public LocalizedName getTitle() {
    return title;
  }

  public ExpertTeam getTeam() {
    return team;
  }

  public Set<Person> getTrainers() {
    return trainers;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public int getAnswers() {
    return answers;
  }
}
