package fi.opeverkko.visits;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * When and where a visit takes place and who of the team go (times in the network's time zone).
 *
 * @param startsAt when it begins
 * @param endsAt when it ends
 * @param place where (an address or an online meeting)
 * @param expertIds the team's experts who give it
 */
public record VisitSchedule(
    LocalDateTime startsAt, LocalDateTime endsAt, String place, List<Long> expertIds)
    implements Serializable {

  /**
   * Refuses a schedule that cannot be booked: one that does not end after it starts, one that does
   * not begin and end on the same day, or one without experts.
   */
  void requireBookable() {
    if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
      throw new VisitRuleException("visit.badTime");
    }
    if (!startsAt.toLocalDate().equals(endsAt.toLocalDate())) {
      throw new VisitRuleException("visit.oneDay");
    }
    if (expertIds == null || expertIds.isEmpty()) {
      throw new VisitRuleException("visit.noExperts");
    }
  }

  TimeSlot time() {
    return new TimeSlot(startsAt, endsAt);
  }
}
