package fi.opeverkko.courses;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A participant's feedback form of a course.
 *
 * @param open whether answers are taken now (after the last day, until {@code closesOn})
 * @param rating the participant's answer so far, or {@code null}
 */
@Published
public record CourseFeedbackForm(
    Long courseId,
    LocalizedName name,
    LocalDate lastDay,
    LocalDate closesOn,
    boolean open,
    Integer rating,
    String comment)
    implements Serializable {}
