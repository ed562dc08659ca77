package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A level a person holds the badges for, and the principal's answer.
 *
 * @param decidedBy the principal who confirmed or returned it, or null while it waits
 * @param comment why it was returned, or null
 */
@Published
public record LevelRow(
    Level level,
    LevelStatus status,
    LocalDateTime askedAt,
    LocalDateTime decidedAt,
    String decidedBy,
    String comment)
    implements Serializable {

  static LevelRow of(LevelConfirmation confirmation) {
    return new LevelRow(
        confirmation.getLevel(),
        confirmation.getStatus(),
        confirmation.getAskedAt(),
        confirmation.getDecidedAt(),
        confirmation.getDecidedBy(),
        confirmation.getComment());
  }
}
