package fi.opeverkko.courses;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDate;

/** A live sign-up of a school's teacher for a course not yet over, as the principal sees it. */
@Published
public record SchoolSignUp(
    Long signUpId,
    Long courseId,
    LocalizedName courseName,
    LocalDate firstDay,
    LocalDate lastDay,
    String teacherName,
    SignUpStatus status,
    boolean substituteNeeded)
    implements Serializable {

  public boolean pending() {
    return status == SignUpStatus.PENDING_APPROVAL;
  }
}
