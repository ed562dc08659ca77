package fi.opeverkko.pilots;

import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A round's returns: of the accepted projects asked, how many submitted their answers and how many
 * are late (not submitted after the due date).
 */
@Published
public record RoundFigures(RoundKind kind, LocalDate dueOn, long asked, long returned, long late)
    implements Serializable {}
