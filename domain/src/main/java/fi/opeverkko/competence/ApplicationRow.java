package fi.opeverkko.competence;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One of a teacher's own applications in their list. */
@Published
public record ApplicationRow(
    long id,
    long badgeId,
    Level level,
    LocalizedName badgeName,
    ApplicationStatus status,
    LocalDateTime updatedAt)
    implements Serializable {}
