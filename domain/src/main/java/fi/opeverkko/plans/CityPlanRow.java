package fi.opeverkko.plans;

import fi.opeverkko.network.School;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One comprehensive school in the coordinator's plan overview.
 *
 * @param standing no plan, or its status
 * @param late the plan is not approved and its due date has passed
 * @param monthlyHours hours the school's tutors logged in each month of the school year, August
 *     first
 */
public record CityPlanRow(
    School school, PlanStanding standing, boolean late, List<BigDecimal> monthlyHours)
    implements Serializable {

  public BigDecimal totalHours() {
    return monthlyHours.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
