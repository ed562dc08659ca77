package fi.opeverkko.feedback;

import fi.opeverkko.platform.Published;

/**
 * A visit's or course's feedback in short, for a list ordered by it.
 *
 * @param subjectId the visit's or course's id in its own context
 * @param average the average of its ratings (1–5)
 * @param answers how many answered
 */
@Published
public record RatedSubject(Long subjectId, double average, int answers) {}
