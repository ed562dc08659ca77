package fi.opeverkko.network;

import java.math.BigDecimal;
import java.util.List;

/** An expert team with this year's members and the weekly hours they have reserved. */
public record TeamOverview(ExpertTeam team, List<TeamMembership> members) {

  public BigDecimal totalWeeklyHours() {
    return members.stream()
        .map(TeamMembership::getWeeklyHours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
