package fi.opeverkko.courses;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A teacher's own live sign-up for a course.
 *
 * @param position the place on the waitlist, 1 for the first waiting; 0 unless waiting
 */
@Published
public record OwnSignUp(
    Long signUpId,
    Long courseId,
    LocalizedName courseName,
    LocalDate firstDay,
    LocalDate lastDay,
    SignUpStatus status,
    long position,
    boolean substituteNeeded)
    implements Serializable {}
