package fi.opeverkko.competence;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.Published;
import java.io.Serializable;

/**
 * A badge of the catalogue with the criteria in force.
 *
 * @param version the number of the criteria version in force
 */
@Published
public record BadgeRow(
    long id,
    Level level,
    LocalizedName area,
    LocalizedName name,
    LocalizedText criteria,
    LocalizedText evidence,
    int version,
    boolean retired)
    implements Serializable {

  static BadgeRow of(Badge badge, BadgeVersion current) {
    return new BadgeRow(
        badge.getId(),
        badge.getLevel(),
        badge.getArea(),
        badge.getName(),
        current.getCriteria(),
        current.getEvidence(),
        current.getNumber(),
        badge.isRetired());
  }
}
