package fi.opeverkko.pilots;

import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.util.List;

/**
 * A project's answers to a round as the answer page shows them.
 *
 * @param schoolName the school's name in the reader's language
 * @param answers one per question, in their order; blank where none is written yet
 * @param late whether the due date passed before the answers were submitted
 * @param writable whether the reader may still change and submit them
 */
@Published
public record EvaluationForm(
    RoundRow round,
    long schoolId,
    String schoolName,
    List<String> answers,
    boolean submitted,
    boolean late,
    boolean writable)
    implements Serializable {}
