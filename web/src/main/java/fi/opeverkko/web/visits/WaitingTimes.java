package fi.opeverkko.web.visits;

import fi.opeverkko.visits.TeamWaitingTimes;
import fi.opeverkko.visits.WaitingTimeRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The teams' waiting times for the page of another context that shows them (feedback's trends,
 * which knows nothing of visits), read once per request.
 */
@Named
@RequestScoped
public class WaitingTimes {

  @Inject private TeamWaitingTimes waitingTimes;

  private List<WaitingTimeRow> byTeam;

  /** Per team and term of sending, newest term first. */
  public List<WaitingTimeRow> getByTeam() {
    if (byTeam == null) {
      byTeam = waitingTimes.byTeamAndTerm();
    }
    return byTeam;
  }
}
