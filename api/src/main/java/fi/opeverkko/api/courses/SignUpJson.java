package fi.opeverkko.api.courses;

import fi.opeverkko.api.Names;
import fi.opeverkko.courses.OwnSignUp;
import fi.opeverkko.courses.SignUpStatus;
import java.time.LocalDate;

/**
 * The caller's own sign-up to a course.
 *
 * @param id the sign-up's id
 * @param courseId the course's id
 * @param course the course's name in fi, sv and en
 * @param firstDay the course's first day
 * @param lastDay the course's last day
 * @param status {@code IN}, {@code WAITING}, {@code PENDING_APPROVAL}, {@code DECLINED} or {@code
 *     CANCELLED}
 * @param position the place on the waitlist (0 when not waiting)
 */
public record SignUpJson(
    long id,
    long courseId,
    Names course,
    LocalDate firstDay,
    LocalDate lastDay,
    SignUpStatus status,
    long position) {

  static SignUpJson of(OwnSignUp signUp) {
    return new SignUpJson(
        signUp.signUpId(),
        signUp.courseId(),
        Names.of(signUp.courseName()),
        signUp.firstDay(),
        signUp.lastDay(),
        signUp.status(),
        signUp.position());
  }
}
