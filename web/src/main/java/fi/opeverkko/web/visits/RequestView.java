package fi.opeverkko.web.visits;

import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.School;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.visits.SchoolVisitQueries;
import fi.opeverkko.visits.TargetGroup;
import fi.opeverkko.visits.TopicHit;
import fi.opeverkko.visits.TopicSearch;
import fi.opeverkko.visits.VisitDetails;
import fi.opeverkko.visits.VisitMode;
import fi.opeverkko.visits.VisitService;
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
 * A school's request for a training visit: the few fields a team needs, sent at once or kept as a
 * draft. The school is the user's own (the first of theirs where they may order training).
 */
@Named
@ViewScoped
public class RequestView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private NetworkOverviewService network;
  @Inject private TeamService teamService;
  @Inject private VisitService visits;
  @Inject private SchoolVisitQueries queries;
  @Inject private Texts texts;
  @Inject private Actions actions;
  @Inject private TopicSearch topicSearch;
  @Inject private LanguageSwitch languageSwitch;

  private List<School> schools;
  private List<ExpertTeam> teams;
  private List<TeamTopic> topics = List.of();
  private final VisitDetails details = new VisitDetails();
  private String need;
  private List<TopicHit> found = List.of();
  private boolean searched;

  public void load() {
    schools = queries.requestableSchools();
    teams = network.teams();
    if (details.getSchoolId() == null && !schools.isEmpty()) {
      details.setSchoolId(schools.get(0).getId());
      details.setLanguage(
          schools.get(0).getLanguage() == TeachingLanguage.SV
              ? TeachingLanguage.SV
              : TeachingLanguage.FI);
    }
    teamChanged();
  }

  /** The chosen team's catalogue; a topic of another team no longer applies. */
  public void teamChanged() {
    topics =
        details.getTeamId() == null
            ? List.of()
            : teamService.offeredTopics(Set.of(details.getTeamId()));
    if (topics.stream().noneMatch(t -> t.getId().equals(details.getTopicId()))) {
      details.setTopicId(null);
    }
  }

  /** The topics of every team answering the need typed, in the user's language. */
  public void search() {
    found = topicSearch.search(need, languageSwitch.getLocale());
    searched = need != null && !need.isBlank();
  }

  /** The topic found fixes the team; the need typed stays as the request's own words. */
  public void choose(TopicHit hit) {
    details.setTeamId(hit.teamId());
    teamChanged();
    details.setTopicId(hit.topicId());
    found = List.of();
    searched = false;
    // Said in the messages, which take the focus from the list just emptied.
    texts.info("topicSearch.chosen", hit.title(), hit.teamName());
  }

  /** Sends the request to the team. */
  public String send() {
    return actions
        .call(() -> visits.request(details))
        .map(id -> visitPage(id, "visit.sent"))
        .orElse(null);
  }

  public String saveDraft() {
    return actions
        .call(() -> visits.saveDraft(null, details))
        .map(id -> visitPage(id, "visit.draftSaved"))
        .orElse(null);
  }

  /** The visit's own page, where the confirmation is shown after the redirect. */
  private String visitPage(Long id, String doneKey) {
    texts.flashInfo(doneKey);
    return "/visits/visit?faces-redirect=true&id=" + id;
  }

  public boolean isTopicMissing() {
    return details.getTopicId() == null;
  }

  public TargetGroup[] getTargetGroups() {
    return TargetGroup.values();
  }

  public VisitMode[] getModes() {
    return VisitMode.values();
  }

  public TeachingLanguage[] getLanguages() {
    return TeachingLanguage.values();
  }

  public List<School> getSchools() {
    return schools;
  }

  public List<ExpertTeam> getTeams() {
    return teams;
  }

  public String getNeed() {
    return need;
  }

  public void setNeed(String need) {
    this.need = need;
  }

  public List<TopicHit> getFound() {
    return found;
  }

  public boolean isSearched() {
    return searched;
  }

  public List<TeamTopic> getTopics() {
    return topics;
  }

  public VisitDetails getDetails() {
    return details;
  }
}
