package fi.opeverkko.courses;

import fi.opeverkko.feedback.FeedbackReplay;
import fi.opeverkko.feedback.FeedbackResult;
import fi.opeverkko.feedback.SubjectKind;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes courses and sign-ups that did not happen through the portal's pages, at the times given:
 * the demo network, with its feedback. Every step goes through the entities' own rules, but without
 * a signed-in user, a lock, an audit entry or an email. The caller holds the transaction.
 *
 * <p>The replay writes every sign-up of its courses itself, so it counts places and arrivals in
 * memory rather than asking the database (a flush per sign-up in the demo's one big transaction).
 */
public final class CourseReplay {

  private final EntityManager em;
  private final Map<Course, Integer> given = new HashMap<>();
  private final Map<Course, Integer> arrivals = new HashMap<>();
  private final Map<Course, int[]> feedbackTotals = new HashMap<>();

  public CourseReplay(EntityManager em) {
    this.em = em;
  }

  /** A course as its organiser wrote it at {@code at}; no team: the central unit's. */
  public Course course(CourseDetails details, ExpertTeam team, LocalDateTime at) {
    Course course = new Course(details, team, at);
    em.persist(course);
    return course;
  }

  /** The teacher signs up from the school: in, waiting, or waiting for the principal. */
  public SignUp signUp(Course course, Person teacher, School school, LocalDateTime at) {
    SignUp signUp = new SignUp(course, teacher, school);
    signUp.enter(
        school,
        course.isApprovalNeeded() ? SignUpStatus.PENDING_APPROVAL : queued(course),
        nextArrival(course),
        at);
    em.persist(signUp);
    return signUp;
  }

  /** The principal approves, noting whether a substitute is needed. */
  public void approve(SignUp signUp, boolean substituteNeeded, Person principal, LocalDateTime at) {
    Course course = signUp.getCourse();
    signUp.approve(
        queued(course), nextArrival(course), substituteNeeded, principal.getFullName(), at);
  }

  /**
   * A participant's answer to the course at {@code at}, reported to feedback with the answers so
   * far (counted in memory, as places are).
   *
   * @return the id of the feedback discussion this answer opened, or {@code null}
   */
  public Long feedback(
      Course course, Person teacher, int rating, String comment, LocalDateTime at) {
    CourseFeedback answer = new CourseFeedback(course, teacher);
    answer.answer(rating, comment, at);
    em.persist(answer);
    int[] totals = feedbackTotals.computeIfAbsent(course, c -> new int[2]);
    totals[0] += rating;
    totals[1]++;
    return new FeedbackReplay(em)
        .report(
            new FeedbackResult(
                SubjectKind.COURSE,
                course.getId(),
                course.getName(),
                course.getTeam(),
                Set.of(),
                course.getLastDay(),
                totals[0],
                totals[1]),
            at);
  }

  /** The organiser said what completing the course asks. */
  public void requireForCompletion(
      Course course, Set<LocalDateTime> optionalSessions, boolean finalAssignment) {
    course.requireForCompletion(optionalSessions, finalAssignment);
  }

  /** The organiser marked the participant at the session starting then. */
  public void attended(SignUp signUp, LocalDateTime sessionStart, String by, LocalDateTime at) {
    signUp.getCourse().session(sessionStart);
    em.persist(new Attendance(signUp, sessionStart, by, at));
  }

  /** The organiser marked the participant's final assignment returned. */
  public void assignmentReturned(SignUp signUp, LocalDateTime at) {
    signUp.markAssignment(true, at);
  }

  private SignUpStatus queued(Course course) {
    int in = given.getOrDefault(course, 0);
    if (in < course.getCapacity()) {
      given.put(course, in + 1);
      return SignUpStatus.IN;
    }
    return SignUpStatus.WAITING;
  }

  private int nextArrival(Course course) {
    return arrivals.merge(course, 1, Integer::sum);
  }
}
