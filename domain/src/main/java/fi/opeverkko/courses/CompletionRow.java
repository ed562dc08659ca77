package fi.opeverkko.courses;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * A course the teacher has a place on and that has started: whether they completed it, and the
 * badges it leads toward, to which the completion can be added as evidence.
 *
 * @param completedOn the day of completion; {@code null} while not completed
 * @param attended how many of the required sessions they were marked at
 * @param required how many sessions completing asks them to attend
 */
@Published
public record CompletionRow(
    Long signUpId,
    Long courseId,
    LocalizedName name,
    LocalDate firstDay,
    LocalDate lastDay,
    int attended,
    int required,
    boolean assignmentAsked,
    boolean assignmentReturned,
    LocalDate completedOn,
    Set<Long> badgeIds)
    implements Serializable {}
