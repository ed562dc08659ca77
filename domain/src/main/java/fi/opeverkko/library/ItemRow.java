package fi.opeverkko.library;

import fi.opeverkko.network.SchoolType;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An item as a list shows it, in the reader's language (the title falls back to another language
 * the publisher wrote).
 *
 * @param schoolName the publisher's school, or {@code null}
 */
@Published
public record ItemRow(
    Long id,
    String title,
    PracticeKind kind,
    DevelopmentArea area,
    Integer level,
    SchoolType schoolType,
    String subject,
    String ageGroup,
    String authorName,
    String schoolName,
    LocalDateTime createdAt)
    implements Serializable {}
