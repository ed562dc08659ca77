package fi.opeverkko.courses;

import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A course under its minimum at its decision date, waiting for its organiser's decision.
 *
 * @param poolable whether it may be pooled (a Swedish course); any may be cancelled
 */
@Published
public record DecisionRow(
    Long courseId,
    LocalizedName name,
    TeachingLanguage language,
    LocalDate decisionDate,
    LocalDate firstDay,
    int minimum,
    long given,
    boolean poolable)
    implements Serializable {}
