package fi.opeverkko.web.visits;

import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.visits.TriageRow;
import fi.opeverkko.visits.TriageService;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.i18n.LanguageSwitch;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The shared list of requests waiting for a team: a team leader chooses one, the team among those
 * they lead and maybe a topic of its catalogue, and takes it; coordinators and admins read.
 */
@Named
@ViewScoped
public class TriageView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TriageService triage;
  @Inject private TeamService teamService;
  @Inject private Actions actions;
  @Inject private Texts texts;
  @Inject private LanguageSwitch languageSwitch;

  private List<TriageRow> waiting;
  private List<ExpertTeam> teams;
  private List<TeamTopic> topics = List.of();
  private TriageRow chosen;
  private Long teamId;
  private Long topicId;

  public void load() {
    waiting = triage.waiting();
    teams = triage.teamsToTakeFor();
  }

  /** Opens the form to take the request, on the user's first team, above the list. */
  public void choose(TriageRow row) {
    chosen = row;
    teamId = teams.isEmpty() ? null : teams.get(0).getId();
    teamChanged();
    // Said in the messages, which take the focus; the form follows them.
    texts.info("triage.chosen", row.school().name(languageSwitch.getLocale()));
  }

  /** The chosen team's catalogue; no topic is kept from another team's. */
  public void teamChanged() {
    topics = teamId == null ? List.of() : teamService.offeredTopics(Set.of(teamId));
    topicId = null;
  }

  public void take() {
    if (actions.run(() -> triage.take(chosen.requestId(), teamId, topicId), "triage.taken")) {
      chosen = null;
    }
    load();
  }

  public void cancel() {
    chosen = null;
  }

  public List<TriageRow> getWaiting() {
    return waiting;
  }

  public List<ExpertTeam> getTeams() {
    return teams;
  }

  public List<TeamTopic> getTopics() {
    return topics;
  }

  public TriageRow getChosen() {
    return chosen;
  }

  public Long getTeamId() {
    return teamId;
  }

  public void setTeamId(Long teamId) {
    this.teamId = teamId;
  }

  public Long getTopicId() {
    return topicId;
  }

  public void setTopicId(Long topicId) {
    this.topicId = topicId;
  }
}
