package fi.opeverkko.competence;

import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Published;

/**
 * The teaching staff of one kind of school (type and teaching language) and how many of them have a
 * confirmed level: at least 1, at least 2, 3. The total row has no type or language.
 *
 * @param staff the teachers and principals of the school year
 */
@Published
public record StandingRow(
    SchoolType type,
    TeachingLanguage language,
    long staff,
    long atLevel1,
    long atLevel2,
    long atLevel3) {

  /** How many have the level confirmed, or a higher one. */
  public long atLevel(Level level) {
    return switch (level) {
      case BASIC -> atLevel1;
      case ADVANCED -> atLevel2;
      case DEVELOPER -> atLevel3;
    };
  }

  /** Their share of the staff in percent, one decimal; 0 for a staff of nobody. */
  public double percent(Level level) {
    return staff == 0 ? 0 : Math.round(atLevel(level) * 1000.0 / staff) / 10.0;
  }

  /** Whether the share reaches the division's target for the level. */
  public boolean meetsTarget(Level level) {
    return staff > 0 && atLevel(level) * 100 >= level.targetPercent() * staff;
  }

  StandingRow plus(StandingRow other) {
    return new StandingRow(
        null,
        null,
        staff + other.staff,
        atLevel1 + other.atLevel1,
        atLevel2 + other.atLevel2,
        atLevel3 + other.atLevel3);
  }
}
