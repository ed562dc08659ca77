package fi.opeverkko.web.network;

import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.TeamOverview;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.network.TeamTopic;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The directory of expert teams, open to every signed-in user. */
@Named
@RequestScoped
public class TeamsView {

  @Inject private NetworkOverviewService network;
  @Inject private TeamService teamService;

  private List<TeamOverview> teams;
  private Map<Long, List<TeamTopic>> topicsByTeam;

  @PostConstruct
  void load() {
    teams = network.allTeams();
    // Every team's catalogue in one query, not one per row.
    topicsByTeam =
        teamService
            .offeredTopics(teams.stream().map(t -> t.team().getId()).collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.groupingBy(topic -> topic.getTeam().getId()));
  }

  public List<TeamTopic> topicsOf(ExpertTeam team) {
    return topicsByTeam.getOrDefault(team.getId(), List.of());
  }

  public List<TeamOverview> getTeams() {
    return teams;
  }
}
