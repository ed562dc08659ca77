package fi.opeverkko.courses;

import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A teacher's sign-up for a course, from their school. Its status changes only under the course's
 * lock (see {@link Places}), so places and the waitlist's order are never given twice.
 */
@Entity
@Table(name = "course_sign_up")
public class SignUp {

  @Id
  @SequenceGenerator(
      name = "course_sign_up_seq",
      sequenceName = "course_sign_up_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_sign_up_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "course_id")
  private Course course;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "teacher_id")
  private Person teacher;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "school_id")
  private School school;

  @Enumerated(EnumType.STRING)
  private SignUpStatus status;

  /** The place in the queue for a place: the lower, the earlier. */
  private int arrival;

  @Column(name = "substitute_needed")
  private boolean substituteNeeded;

  @Column(name = "signed_up_at")
  private LocalDateTime signedUpAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "assignment_returned_at")
  private LocalDateTime assignmentReturnedAt;

  @Column(name = "reminded_at")
  private LocalDateTime remindedAt;

  @Version private long version;

  protected SignUp() {}

  SignUp(Course course, Person teacher, School school) {
    this.course = course;
    this.teacher = teacher;
    this.school = school;
  }

  static SignUp existing(EntityManager em, Long signUpId) {
    SignUp signUp = signUpId == null ? null : em.find(SignUp.class, signUpId);
    if (signUp == null) {
      throw new CourseRuleException("courses.noSuchSignUp", String.valueOf(signUpId));
    }
    return signUp;
  }

  /** Signs up (again, after a cancellation or a refusal) from the school, arriving now. */
  void enter(School from, SignUpStatus first, int arrivalNumber, LocalDateTime now) {
    if (status != null && status.active()) {
      throw new CourseRuleException("courses.alreadySignedUp");
    }
    this.school = from;
    this.status = first;
    this.arrival = arrivalNumber;
    this.signedUpAt = now;
    this.substituteNeeded = false;
    this.decidedBy = null;
    this.decidedAt = null;
  }

  /** The principal's yes: the sign-up queues for a place, arriving now. */
  void approve(
      SignUpStatus queued, int arrivalNumber, boolean substitute, String by, LocalDateTime now) {
    requirePending();
    this.status = queued;
    this.arrival = arrivalNumber;
    decided(substitute, by, now);
  }

  void decline(String by, LocalDateTime now) {
    requirePending();
    this.status = SignUpStatus.DECLINED;
    decided(false, by, now);
  }

  private void decided(boolean substitute, String by, LocalDateTime now) {
    this.substituteNeeded = substitute;
    this.decidedBy = by;
    this.decidedAt = now;
  }

  private void requirePending() {
    if (status != SignUpStatus.PENDING_APPROVAL) {
      throw new CourseRuleException("courses.notPendingApproval");
    }
  }

  /** The principal notes (or takes back) that the teacher's days away need a substitute. */
  void noteSubstitute(boolean needed) {
    if (!status.active()) {
      throw new CourseRuleException("courses.signUpNotActive");
    }
    this.substituteNeeded = needed;
  }

  /** The first waiting moves into a place that came free. */
  void moveIn() {
    this.status = SignUpStatus.IN;
  }

  /**
   * @return whether the sign-up held a place, which is free now
   */
  boolean cancel() {
    if (!status.active()) {
      throw new CourseRuleException("courses.signUpNotActive");
    }
    boolean held = status == SignUpStatus.IN;
    this.status = SignUpStatus.CANCELLED;
    return held;
  }

  /** The organiser marks the final assignment returned, or takes the mark back. */
  void markAssignment(boolean returned, LocalDateTime now) {
    requireIn();
    this.assignmentReturnedAt = returned ? now : null;
  }

  /** Refuses anything about attending from a sign-up without a place. */
  void requireIn() {
    if (status != SignUpStatus.IN) {
      throw new CourseRuleException("courses.notParticipant");
    }
  }

  /** The reminder before the course was queued now: the timer takes this sign-up no more. */
  void reminded(LocalDateTime now) {
    this.remindedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Course getCourse() {
    return course;
  }

  public Person getTeacher() {
    return teacher;
  }

  public School getSchool() {
    return school;
  }

  public SignUpStatus getStatus() {
    return status;
  }

  public int getArrival() {
    return arrival;
  }

  public boolean isSubstituteNeeded() {
    return substituteNeeded;
  }

  public LocalDateTime getSignedUpAt() {
    return signedUpAt;
  }

  public LocalDateTime getAssignmentReturnedAt() {
    return assignmentReturnedAt;
  }

  public LocalDateTime getRemindedAt() {
    return remindedAt;
  }
}
