package fi.opeverkko.visits;

import fi.opeverkko.network.Person;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An expert's booked hours against the weekly hours reserved for the team.
 *
 * @param expert the expert
 * @param reservedWeekly hours a week reserved for team work
 * @param bookedThisWeek hours booked in the chosen week
 * @param bookedThisTerm hours booked in the term of that week (autumn or spring)
 */
public record Workload(
    Person expert, BigDecimal reservedWeekly, double bookedThisWeek, double bookedThisTerm)
    implements Serializable {

  public boolean full() {
    return bookedThisWeek >= reservedWeekly.doubleValue();
  }
}
