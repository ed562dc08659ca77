package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;
import java.util.Set;

/**
 * What a teacher writes in their development plan.
 *
 * @param targetLevel the level they aim at this school year
 * @param targetBadges the ids of the badges they aim at (current badges of the catalogue)
 * @param ways how they mean to get there, at least one
 * @param description the plan in their own words, optional
 */
@Published
public record DevelopmentPlanDetails(
    Level targetLevel, Set<Long> targetBadges, Set<DevelopmentWay> ways, String description) {

  public DevelopmentPlanDetails {
    targetBadges = targetBadges == null ? Set.of() : Set.copyOf(targetBadges);
    ways = ways == null ? Set.of() : Set.copyOf(ways);
  }
}
