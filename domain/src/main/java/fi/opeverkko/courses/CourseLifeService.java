package fi.opeverkko.courses;

import fi.opeverkko.competence.ApplicationService;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A course's life after sign-up, one transaction per use case: its organisers decide on a course
 * under its minimum (pool or cancel, the participants told either way), say what completing it
 * asks, mark attendance and returned assignments; a teacher who completed it adds it to their
 * evidence for a badge the course leads toward.
 */
@Published
@Stateless
public class CourseLifeService {

  @PersistenceContext private EntityManager em;
  @Inject private CourseAccess access;
  @Inject private CourseLetters letters;
  @Inject private ApplicationService applications;
  @Inject private Clock clock;
  @Inject private Event<CourseAudit> audited;

  /**
   * Pools a Swedish course under its minimum at its decision date with Espoo's and Vantaa's
   * Swedish-speaking staff: sign-up opens to them until the day before the course, counted
   * together; the participants are told.
   */
  public void pool(@NotNull Long courseId) {
    Course course = Course.locked(em, courseId);
    SignedInUser user = access.requireOrganiserOf(course);
    Places places = new Places(em, course);
    course.pool(places.given(), clock.today());
    tellParticipants(CourseLetters.Kind.POOLED, course, places);
    audit(user, "POOL_COURSE", course);
  }

  /** Cancels a course that has not started, telling its participants the reason. */
  public void cancel(@NotNull Long courseId, String reason) {
    Course course = Course.locked(em, courseId);
    SignedInUser user = access.requireOrganiserOf(course);
    course.cancel(reason, clock.today());
    tellParticipants(CourseLetters.Kind.CANCELLED, course, new Places(em, course));
    audit(user, "CANCEL_COURSE", course);
  }

  /**
   * What completing the course asks.
   *
   * @param optionalSessions the starts of the sessions a teacher need not attend
   * @param finalAssignment whether a final assignment is to be returned
   */
  public void requireForCompletion(
      @NotNull Long courseId,
      @NotNull Set<LocalDateTime> optionalSessions,
      boolean finalAssignment) {
    Course course = Course.existing(em, courseId);
    SignedInUser user = access.requireOrganiserOf(course);
    course.requireForCompletion(optionalSessions, finalAssignment);
    audit(user, "COMPLETION_RULES", course);
  }

  /**
   * Marks who was at a session that has started: the participants given were there, the others of
   * the course not.
   *
   * @param present the sign-ups (with a place on the course) that attended
   */
  public void markAttendance(
      @NotNull Long courseId, @NotNull LocalDateTime sessionStart, @NotNull Set<Long> present) {
    Course course = Course.existing(em, courseId);
    SignedInUser user = access.requireOrganiserOf(course);
    CourseSession session = course.session(sessionStart);
    if (session.getStartsAt().isAfter(clock.now())) {
      throw new CourseRuleException("courses.sessionNotHeld");
    }
    em.createQuery(
            "DELETE FROM Attendance a WHERE a.startsAt = :start AND a.signUp IN"
                + " (SELECT s FROM SignUp s WHERE s.course = :course)")
        .setParameter("start", sessionStart)
        .setParameter("course", course)
        .executeUpdate();
    for (Long signUpId : new HashSet<>(present)) {
      SignUp signUp = signUpOf(course, signUpId);
      em.persist(new Attendance(signUp, sessionStart, user.loginName(), clock.now()));
    }
    audit(user, "MARK_ATTENDANCE", course);
  }

  /** The organiser marks a participant's final assignment returned, or takes the mark back. */
  public void markAssignment(@NotNull Long signUpId, boolean returned) {
    SignUp signUp = SignUp.existing(em, signUpId);
    Course course = signUp.getCourse();
    SignedInUser user = access.requireOrganiserOf(course);
    if (!course.isFinalAssignment()) {
      throw new CourseRuleException("courses.noFinalAssignment");
    }
    signUp.markAssignment(returned, clock.now());
    audit(user, "MARK_ASSIGNMENT", course);
  }

  /**
   * Adds the teacher's completion of the course to their evidence for a badge the course leads
   * toward (their open application for it, or a new draft).
   *
   * @return the badge application's id
   */
  public Long addToBadgeApplication(@NotNull Long signUpId, @NotNull Long badgeId) {
    SignUp signUp = SignUp.existing(em, signUpId);
    SignedInUser user = access.requireOwnerOf(signUp);
    Course course = signUp.getCourse();
    if (!course.getBadgeIds().contains(badgeId)) {
      throw new CourseRuleException("courses.badgeNotLinked");
    }
    Completion completion = Completion.of(em, List.of(signUp)).get(signUp.getId());
    if (completion.completedOn() == null) {
      throw new CourseRuleException("courses.notCompleted");
    }
    Long application =
        applications.addCourseCompletion(
            badgeId,
            course.getName().in(signUp.getTeacher().preferredLocale()),
            completion.completedOn());
    audit(user, "COMPLETION_AS_EVIDENCE", course);
    return application;
  }

  private SignUp signUpOf(Course course, Long signUpId) {
    SignUp signUp = SignUp.existing(em, signUpId);
    if (!signUp.getCourse().getId().equals(course.getId())) {
      throw new CourseRuleException("courses.noSuchSignUp", String.valueOf(signUpId));
    }
    return signUp;
  }

  private void tellParticipants(CourseLetters.Kind kind, Course course, Places places) {
    letters.send(kind, course, places.participants().stream().map(SignUp::getTeacher).toList());
  }

  private void audit(SignedInUser user, String action, Course course) {
    audited.fire(new CourseAudit(user.loginName(), action, course.getId()));
  }
}
