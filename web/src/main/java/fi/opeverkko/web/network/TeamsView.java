package fi.opeverkko.web.network;

import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.TeamOverview;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The directory of expert teams, open to every signed-in user. */
@Named
@RequestScoped
public class TeamsView {

  @Inject private NetworkOverviewService network;

  private List<TeamOverview> teams;

  @PostConstruct
  void load() {
    teams = network.allTeams();
  }

  public List<TeamOverview> getTeams() {
    return teams;
  }
}
