package fi.opeverkko.web.network;

import fi.opeverkko.network.NetworkRuleException;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.TeamDetail;
import fi.opeverkko.network.TeamMembership;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.network.TopicAudience;
import fi.opeverkko.network.TopicDetails;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.Responses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An expert team's page: everybody reads its members and topics; its leader keeps the members,
 * their weekly hours, the topic catalogue and which topics each expert gives here (the service
 * checks that it is their team).
 */
@Named
@ViewScoped
public class TeamView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TeamService teams;
  @Inject private Actions actions;
  @Inject private PersonPicker picker;

  private Long teamId;
  private TeamDetail detail;
  private final Map<Long, BigDecimal> hours = new HashMap<>();
  private Person newMember;
  private BigDecimal newMemberHours;
  private Long editedTopicId;
  private long editedTopicVersion;
  private TopicDetails topic = new TopicDetails();
  private final Map<Long, List<Long>> expertTopics = new HashMap<>();

  public void load() throws IOException {
    if (teamId == null) {
      Responses.notFound();
      return;
    }
    try {
      detail = teams.team(teamId, teams.currentSchoolYear());
    } catch (NetworkRuleException noSuchTeam) {
      Responses.notFound();
      return;
    }
    hours.clear();
    detail.overview().members().forEach(m -> hours.put(m.getId(), m.getWeeklyHours()));
    expertTopics.clear();
    if (detail.editable()) {
      Map<Long, Set<Long>> given = teams.expertTopics(teamId);
      detail
          .overview()
          .members()
          .forEach(
              m -> {
                Long expert = m.getPerson().getId();
                expertTopics.put(expert, new ArrayList<>(given.getOrDefault(expert, Set.of())));
              });
    }
  }

  /** Saves which of the team's offered topics the member gives. */
  public void saveExpertTopics(TeamMembership membership) throws IOException {
    Long expert = membership.getPerson().getId();
    Set<Long> chosen = Set.copyOf(expertTopics.getOrDefault(expert, List.of()));
    run(() -> teams.setExpertTopics(teamId, expert, chosen), "team.expertTopicsSaved");
  }

  public void saveHours(TeamMembership membership) throws IOException {
    run(
        () -> teams.changeHours(membership.getId(), hours.get(membership.getId())),
        "team.hoursSaved");
  }

  public void removeMember(TeamMembership membership) throws IOException {
    run(() -> teams.removeMember(membership.getId()), "team.memberRemoved");
  }

  public void addMember() throws IOException {
    run(
        () -> teams.addMember(teamId, newMember.getId(), newMemberHours, detail.year()),
        "team.memberAdded");
    newMember = null;
    newMemberHours = null;
  }

  /** Opens a topic in the form below the catalogue. */
  public void editTopic(TeamTopic existing) {
    topic = teams.topicDetails(existing.getId());
    editedTopicId = existing.getId();
    editedTopicVersion = existing.getVersion();
  }

  public void saveTopic() throws IOException {
    boolean saved =
        run(
            () -> {
              if (editedTopicId == null) {
                teams.addTopic(teamId, topic);
              } else {
                teams.updateTopic(editedTopicId, editedTopicVersion, topic);
              }
            },
            "team.topicSaved");
    if (saved) {
      newTopic();
    }
  }

  /** Empties the topic form for a new topic. */
  public void newTopic() {
    topic = new TopicDetails();
    editedTopicId = null;
  }

  public void setTopicActive(TeamTopic existing, boolean active) throws IOException {
    run(() -> teams.setTopicActive(existing.getId(), active), "team.topicSaved");
  }

  /** A change to the team; the page shows the outcome, then the team as it now is. */
  private boolean run(Runnable change, String doneKey) throws IOException {
    try {
      return actions.run(change, doneKey);
    } finally {
      load();
    }
  }

  /** The topics an expert may be given: the catalogue's offered ones. */
  public List<TeamTopic> getOfferedTopics() {
    return detail.topics().stream().filter(TeamTopic::isActive).toList();
  }

  /** The topics each member gives, by person id, as the page's checkboxes hold them. */
  public Map<Long, List<Long>> getExpertTopics() {
    return expertTopics;
  }

  public TopicAudience[] getAllAudiences() {
    return TopicAudience.values();
  }

  public Long getTeamId() {
    return teamId;
  }

  public void setTeamId(Long teamId) {
    this.teamId = teamId;
  }

  public TeamDetail getDetail() {
    return detail;
  }

  public Map<Long, BigDecimal> getHours() {
    return hours;
  }

  public Person getNewMember() {
    return newMember;
  }

  public void setNewMember(Person newMember) {
    this.newMember = newMember;
  }

  public BigDecimal getNewMemberHours() {
    return newMemberHours;
  }

  public void setNewMemberHours(BigDecimal newMemberHours) {
    this.newMemberHours = newMemberHours;
  }

  public TopicDetails getTopic() {
    return topic;
  }

  public boolean isEditingTopic() {
    return editedTopicId != null;
  }

  public PersonPicker getPicker() {
    return picker;
  }
}
