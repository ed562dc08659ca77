package fi.opeverkko.courses;

import fi.opeverkko.network.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A participant's answer to a course: 1–5 and a few words, given after the course's last day and
 * changed in place until the feedback closes {@link #OPEN_DAYS} days after it.
 */
@Entity
@Table(name = "course_feedback")
public class CourseFeedback {

  /** How long after the course's last day its participants may answer or change their answer. */
  static final int OPEN_DAYS = 30;

  static final int COMMENT_MAX = 2000;

  @Id
  @SequenceGenerator(
      name = "course_feedback_seq",
      sequenceName = "course_feedback_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_feedback_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "course_id")
  private Course course;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "teacher_id")
  private Person teacher;

  private int rating;

  private String comment;

  @Column(name = "given_at")
  private LocalDateTime givenAt;

  protected CourseFeedback() {}

  CourseFeedback(Course course, Person teacher) {
    this.course = course;
    this.teacher = teacher;
  }

  /** Whether the course's participants may answer on the day: after its last day, for a while. */
  static boolean openOn(Course course, LocalDate day) {
    return day.isAfter(course.getLastDay())
        && !day.isAfter(course.getLastDay().plusDays(OPEN_DAYS));
  }

  /** The answer, new or changed; refuses a rating out of 1–5 or a comment too long. */
  void answer(int newRating, String newComment, LocalDateTime at) {
    if (newRating < 1 || newRating > 5) {
      throw new CourseRuleException("courses.ratingOutOfRange");
    }
    String stripped = newComment == null || newComment.isBlank() ? null : newComment.strip();
    if (stripped != null && stripped.length() > COMMENT_MAX) {
      throw new CourseRuleException("courses.commentTooLong", COMMENT_MAX);
    }
    this.rating = newRating;
    this.comment = stripped;
    this.givenAt = at;
  }

  public Long getId() {
    return id;
  }

  public Course getCourse() {
    return course;
  }

  public int getRating() {
    return rating;
  }

  public String getComment() {
    return comment;
  }

  public LocalDateTime getGivenAt() {
    return givenAt;
  }
}
