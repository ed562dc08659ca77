package fi.opeverkko.competence;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An application given to a reviewer, in their inbox.
 *
 * @param waitingDays working days it has waited for the reviewer (0 while the teacher holds it)
 * @param overdue waited more than ten working days
 */
@Published
public record ReviewRow(
    long id,
    Level level,
    LocalizedName badgeName,
    String applicant,
    ApplicationStatus status,
    LocalDateTime submittedAt,
    int waitingDays,
    boolean overdue)
    implements Serializable {}
