package fi.opeverkko.competence;

import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.Published;
import java.time.LocalDateTime;

/** One version of a badge's criteria: what a grant made on it was granted for. */
@Published
public record BadgeVersionRow(
    int number,
    LocalizedText criteria,
    LocalizedText evidence,
    LocalDateTime createdAt,
    String createdBy) {

  static BadgeVersionRow of(BadgeVersion version) {
    return new BadgeVersionRow(
        version.getNumber(),
        version.getCriteria(),
        version.getEvidence(),
        version.getCreatedAt(),
        version.getCreatedBy());
  }
}
