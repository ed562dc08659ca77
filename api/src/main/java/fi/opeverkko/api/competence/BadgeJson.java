package fi.opeverkko.api.competence;

import fi.opeverkko.api.Names;
import fi.opeverkko.competence.BadgeRow;
import fi.opeverkko.competence.Level;

/**
 * A competence badge of the catalogue, with the criteria in force.
 *
 * @param id the badge's id
 * @param level {@code BASIC}, {@code ADVANCED} or {@code DEVELOPER} (levels 1–3)
 * @param area its competence area in fi, sv and en
 * @param name its name in fi, sv and en
 * @param criteria what earns it
 * @param evidence what proves it
 * @param version the criteria's version
 */
public record BadgeJson(
    long id, Level level, Names area, Names name, Names criteria, Names evidence, int version) {

  static BadgeJson of(BadgeRow badge) {
    return new BadgeJson(
        badge.id(),
        badge.level(),
        Names.of(badge.area()),
        Names.of(badge.name()),
        Names.of(badge.criteria()),
        Names.of(badge.evidence()),
        badge.version());
  }
}
