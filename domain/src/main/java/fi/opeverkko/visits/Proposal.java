package fi.opeverkko.visits;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Who could give a requested visit and when, as proposed to the team's leader: one expert, or a
 * pair for a big group, at a time within the school's preferred dates when they are free and have
 * reserved hours left.
 *
 * @param experts the expert or the pair, each with why they rank here
 * @param startsAt when the visit would begin
 * @param endsAt when it would end
 * @param score the rank's ground: higher is better
 */
public record Proposal(
    List<ProposedExpert> experts, LocalDateTime startsAt, LocalDateTime endsAt, double score)
    implements Serializable {

  /** The schedule that books the proposal, at the place given. */
  public VisitSchedule schedule(String place) {
    return new VisitSchedule(
        startsAt, endsAt, place, experts.stream().map(ProposedExpert::id).toList());
  }
}
