package fi.opeverkko.competence;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A badge a person holds, with the criteria version it was granted on. */
@Published
public record GrantRow(
    long badgeId,
    Level level,
    LocalizedName badgeName,
    int criteriaVersion,
    LocalDateTime grantedAt,
    String grantedBy)
    implements Serializable {

  static GrantRow of(BadgeGrant grant) {
    return new GrantRow(
        grant.getBadge().getId(),
        grant.getBadge().getLevel(),
        grant.getBadge().getName(),
        grant.getCriteriaVersion(),
        grant.getGrantedAt(),
        grant.getGrantedBy());
  }
}
