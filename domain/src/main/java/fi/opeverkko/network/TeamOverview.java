package fi.opeverkko.network;

import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** An expert team with this year's members and the weekly hours they have reserved. */
@Published
public record TeamOverview(ExpertTeam team, List<TeamMembership> members) implements Serializable {

  public BigDecimal totalWeeklyHours() {
    return members.stream()
        .map(TeamMembership::getWeeklyHours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
