package fi.opeverkko.web.courses;

import fi.opeverkko.courses.CourseCard;
import fi.opeverkko.courses.CourseQueries;
import fi.opeverkko.courses.CourseService;
import fi.opeverkko.courses.SignUpOutcome;
import fi.opeverkko.courses.SignUpStatus;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A course as a teacher reads it, with sign-up in one click and cancelling; its organisers also
 * find their tools here.
 */
@Named
@ViewScoped
public class CourseView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseQueries queries;
  @Inject private CourseService courses;
  @Inject private Actions actions;
  @Inject private Texts texts;
  @Inject private Clock clock;

  private Long courseId;
  private CourseCard course;

  /** Reads the course; an unknown one escapes as a rule, which answers 404. */
  public void load() {
    course = queries.card(courseId);
  }

  /** Signs the teacher up and says where they landed: in, on the waitlist or with the principal. */
  public void signUp() {
    actions
        .call(() -> courses.signUp(courseId))
        .ifPresent(
            outcome -> {
              load();
              texts.info(signedUpKey(outcome), course.mine().position());
            });
  }

  private static String signedUpKey(SignUpOutcome outcome) {
    return switch (outcome.status()) {
      case IN -> "courses.signedUpIn";
      case WAITING -> "courses.signedUpWaiting";
      default -> "courses.signedUpPending";
    };
  }

  public void cancel() {
    if (actions.run(() -> courses.cancel(course.mine().signUpId()), "courses.cancelled")) {
      load();
    }
  }

  /** Whether the sign-up button is offered: the window is open and the user has no live sign-up. */
  public boolean isSignUpOpen() {
    return course.mine() == null && course.openOn(clock.today());
  }

  public boolean isWaiting() {
    return course.mine() != null && course.mine().status() == SignUpStatus.WAITING;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public CourseCard getCourse() {
    return course;
  }
}
