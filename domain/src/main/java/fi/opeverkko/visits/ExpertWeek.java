package fi.opeverkko.visits;

import java.math.BigDecimal;
import java.util.List;

/**
 * An expert's week as scheduling weighs one more visit in it: the visits already booked in the week
 * and the hours a week the expert reserved for the visit's team.
 *
 * @param booked the expert's booked visits of the week, other than the one being scheduled
 * @param reservedHours the hours a week the expert reserved for the team
 */
record ExpertWeek(List<TimeSlot> booked, BigDecimal reservedHours) {

  /**
   * Refuses the visit when it takes time already booked, or when the week's hours with it would
   * pass the reserved hours; reaching them exactly is what reserving them means.
   *
   * @param expertName the expert's name, for the refusal
   */
  void requireRoomFor(TimeSlot visit, String expertName) {
    if (booked.stream().anyMatch(visit::overlaps)) {
      throw new VisitRuleException("visit.expertBooked", expertName);
    }
    double hours = booked.stream().mapToDouble(TimeSlot::hours).sum() + visit.hours();
    if (hours > reservedHours.doubleValue()) {
      throw new VisitRuleException("visit.overHours", expertName, reservedHours);
    }
  }
}
