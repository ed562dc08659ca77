package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.util.List;

/**
 * A person's badges and levels: a teacher's own page, a row of the principal's staff page.
 *
 * @param personId the person
 * @param name their full name
 */
@Published
public record CompetenceOf(long personId, String name, List<GrantRow> grants, List<LevelRow> levels)
    implements Serializable {

  /** The level's status, or null when the person does not hold its badges yet. */
  public LevelStatus statusOf(Level level) {
    return levels.stream()
        .filter(row -> row.level() == level)
        .map(LevelRow::status)
        .findFirst()
        .orElse(null);
  }

  /** Whether a level of theirs waits for the principal's answer. */
  public boolean waits() {
    return levels.stream().anyMatch(row -> row.status() == LevelStatus.WAITING);
  }

  /** The highest level confirmed by the principal, or null. */
  public Level confirmedLevel() {
    return levels.stream()
        .filter(row -> row.status() == LevelStatus.CONFIRMED)
        .map(LevelRow::level)
        .max(Enum::compareTo)
        .orElse(null);
  }
}
