package fi.opeverkko.network;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An expert team's page and its upkeep: every signed-in user reads the team and its topics; the
 * team's leader (or an admin) keeps its members, their weekly hours, its topic catalogue and which
 * topics each expert gives.
 */
@Stateless
@Published
public class TeamService {

  private static final BigDecimal MIN_HOURS = new BigDecimal("0.5");
  private static final BigDecimal MAX_HOURS = new BigDecimal("40");

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private DetailsCheck check;
  @Inject private AuditLog auditLog;
  @Inject private Clock clock;

  public TeamDetail team(@NotNull Long teamId, @NotNull SchoolYear year) {
    SignedInUser user = currentUser.get();
    ExpertTeam team = existing(teamId);
    boolean editable = leads(user, team);
    List<TeamMembership> members =
        em.createNamedQuery(TeamMembership.OF_TEAM_IN_YEAR, TeamMembership.class)
            .setParameter("team", team)
            .setParameter("year", year)
            .getResultList();
    List<TeamTopic> topics =
        em.createNamedQuery(TeamTopic.OF_TEAMS, TeamTopic.class)
            .setParameter("teamIds", Set.of(teamId))
            .getResultStream()
            .filter(topic -> editable || topic.isActive())
            .toList();
    return new TeamDetail(new TeamOverview(team, members), year, topics, editable);
  }

  /** The offered topics of every team, for requesting visits and for the directory. */
  public List<TeamTopic> offeredTopics(@NotNull Set<Long> teamIds) {
    currentUser.get();
    return em.createNamedQuery(TeamTopic.OF_TEAMS, TeamTopic.class)
        .setParameter("teamIds", teamIds)
        .getResultStream()
        .filter(TeamTopic::isActive)
        .toList();
  }

  /**
   * A stamp of the whole catalogue that changes whenever a topic is added, edited, retired or
   * offered again (each of those raises the topic's version): a search index of the catalogue is
   * rebuilt when its stamp is no longer the catalogue's, on every node alike.
   */
  public String catalogueStamp() {
    Object[] row =
        em.createQuery(
                "SELECT COUNT(t), SUM(t.version), MAX(t.id) FROM TeamTopic t", Object[].class)
            .getSingleResult();
    return row[0] + ":" + row[1] + ":" + row[2];
  }

  /** The team's members in the school year with their reserved weekly hours. */
  public List<TeamMembership> members(@NotNull Long teamId, @NotNull SchoolYear year) {
    return em.createNamedQuery(TeamMembership.OF_TEAM_IN_YEAR, TeamMembership.class)
        .setParameter("team", existing(teamId))
        .setParameter("year", year)
        .getResultList();
  }

  /** The ids of the experts who give the topic. */
  public Set<Long> expertsOf(@NotNull Long topicId) {
    return Set.copyOf(
        em.createQuery(
                "SELECT e.id FROM TeamTopic t JOIN t.experts e WHERE t.id = :topic", Long.class)
            .setParameter("topic", topicId)
            .getResultList());
  }

  /**
   * Which topics of the team's catalogue each expert gives, by the expert's person id, for its
   * leader (or an admin) to keep on the team's page.
   */
  public Map<Long, Set<Long>> expertTopics(@NotNull Long teamId) {
    ExpertTeam team = existing(teamId);
    requireLeaderOf(team);
    Map<Long, Set<Long>> byExpert = new HashMap<>();
    em.createQuery(
            "SELECT e.id, t.id FROM TeamTopic t JOIN t.experts e WHERE t.team = :team",
            Object[].class)
        .setParameter("team", team)
        .getResultStream()
        .forEach(
            row ->
                byExpert.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]));
    return byExpert;
  }

  /**
   * Sets which of the team's offered topics a member of the team gives this school year: only they
   * are proposed for visits on them. The expert's retired topics and other teams' topics stay as
   * they are. For the team's leader (or an admin).
   */
  public void setExpertTopics(
      @NotNull Long teamId, @NotNull Long personId, @NotNull Set<Long> topicIds) {
    ExpertTeam team = existing(teamId);
    SignedInUser user = requireLeaderOf(team);
    Person expert = em.find(Person.class, personId);
    if (expert == null) {
      throw new NetworkRuleException("rule.noSuchPerson");
    }
    if (reservedHours(teamId, personId, clock.currentSchoolYear()).isEmpty()) {
      throw new NetworkRuleException("rule.notTeamMember", expert.getFullName());
    }
    List<TeamTopic> offered =
        em.createQuery(
                "SELECT DISTINCT t FROM TeamTopic t LEFT JOIN FETCH t.experts"
                    + " WHERE t.team = :team AND t.active = TRUE",
                TeamTopic.class)
            .setParameter("team", team)
            .getResultList();
    Set<Long> offeredIds = offered.stream().map(TeamTopic::getId).collect(Collectors.toSet());
    if (!offeredIds.containsAll(topicIds)) {
      throw new NetworkRuleException("rule.noSuchTopic");
    }
    for (TeamTopic topic : offered) {
      if (topicIds.contains(topic.getId())) {
        topic.addExpert(expert);
      } else {
        topic.removeExpert(expert);
      }
    }
    audit(
        user,
        "SET_EXPERT_TOPICS",
        team,
        "person " + personId + " topics " + new TreeSet<>(topicIds));
  }

  public TeamMembership addMember(
      @NotNull Long teamId,
      @NotNull Long personId,
      @NotNull BigDecimal weeklyHours,
      @NotNull SchoolYear year) {
    ExpertTeam team = em.find(ExpertTeam.class, teamId, LockModeType.PESSIMISTIC_WRITE);
    if (team == null) {
      throw new NetworkRuleException("rule.noSuchTeam");
    }
    SignedInUser user = requireLeaderOf(team);
    requireHours(weeklyHours);
    Person person = em.find(Person.class, personId);
    if (person == null) {
      throw new NetworkRuleException("rule.noSuchPerson");
    }
    boolean member =
        em.createNamedQuery(TeamMembership.OF_TEAM_IN_YEAR, TeamMembership.class)
            .setParameter("team", team)
            .setParameter("year", year)
            .getResultStream()
            .anyMatch(m -> m.getPerson().equals(person));
    if (member) {
      throw new NetworkRuleException("rule.alreadyMember", person.getFullName());
    }
    TeamMembership membership = new TeamMembership(team, person, year, weeklyHours);
    em.persist(membership);
    audit(user, "ADD_TEAM_MEMBER", team, "person " + personId + " hours " + weeklyHours);
    return membership;
  }

  public void changeHours(@NotNull Long membershipId, @NotNull BigDecimal weeklyHours) {
    TeamMembership membership = existingMembership(membershipId);
    SignedInUser user = requireLeaderOf(membership.getTeam());
    requireHours(weeklyHours);
    membership.changeHours(weeklyHours);
    audit(user, "CHANGE_TEAM_HOURS", membership.getTeam(), "membership " + membershipId);
  }

  public void removeMember(@NotNull Long membershipId) {
    TeamMembership membership = existingMembership(membershipId);
    SignedInUser user = requireLeaderOf(membership.getTeam());
    em.remove(membership);
    audit(user, "REMOVE_TEAM_MEMBER", membership.getTeam(), "membership " + membershipId);
  }

  public TeamTopic addTopic(@NotNull Long teamId, @NotNull TopicDetails details) {
    ExpertTeam team = existing(teamId);
    SignedInUser user = requireLeaderOf(team);
    check.requireValid(details);
    TeamTopic topic = new TeamTopic(team, details);
    em.persist(topic);
    em.flush();
    audit(user, "ADD_TOPIC", team, "topic " + topic.getId());
    return topic;
  }

  /** The topic's text to edit, for its team's leader. */
  public TopicDetails topicDetails(@NotNull Long topicId) {
    TeamTopic topic = existingTopic(topicId);
    requireLeaderOf(topic.getTeam());
    return topic.details();
  }

  public void updateTopic(@NotNull Long topicId, long version, @NotNull TopicDetails details) {
    TeamTopic topic = existingTopic(topicId);
    SignedInUser user = requireLeaderOf(topic.getTeam());
    if (topic.getVersion() != version) {
      throw new NetworkRuleException("rule.changedMeanwhile");
    }
    check.requireValid(details);
    topic.change(details);
    audit(user, "UPDATE_TOPIC", topic.getTeam(), "topic " + topicId);
  }

  /** Retires a topic from the catalogue (visits that refer to it keep it) or offers it again. */
  public void setTopicActive(@NotNull Long topicId, boolean active) {
    TeamTopic topic = existingTopic(topicId);
    SignedInUser user = requireLeaderOf(topic.getTeam());
    topic.setActive(active);
    audit(user, active ? "OFFER_TOPIC" : "RETIRE_TOPIC", topic.getTeam(), "topic " + topicId);
  }

  private boolean leads(SignedInUser user, ExpertTeam team) {
    return user.isAdmin()
        || (team.getLeader() != null && team.getLeader().getId().equals(user.personId()));
  }

  private SignedInUser requireLeaderOf(ExpertTeam team) {
    SignedInUser user = currentUser.get();
    if (!leads(user, team)) {
      throw currentUser.refuse("team " + team.getId());
    }
    return user;
  }

  private static void requireHours(BigDecimal weeklyHours) {
    if (weeklyHours.compareTo(MIN_HOURS) < 0 || weeklyHours.compareTo(MAX_HOURS) > 0) {
      throw new NetworkRuleException("rule.weeklyHours", MIN_HOURS, MAX_HOURS);
    }
  }

  private ExpertTeam existing(Long teamId) {
    ExpertTeam team = em.find(ExpertTeam.class, teamId);
    if (team == null) {
      throw new NetworkRuleException("rule.noSuchTeam");
    }
    return team;
  }

  private TeamMembership existingMembership(Long membershipId) {
    TeamMembership membership = em.find(TeamMembership.class, membershipId);
    if (membership == null) {
      throw new NetworkRuleException("rule.noSuchMembership");
    }
    return membership;
  }

  private TeamTopic existingTopic(Long topicId) {
    TeamTopic topic = em.find(TeamTopic.class, topicId);
    if (topic == null) {
      throw new NetworkRuleException("rule.noSuchTopic");
    }
    return topic;
  }

  private void audit(SignedInUser user, String action, ExpertTeam team, String what) {
    auditLog.record(
        user.loginName(), action, "team " + team.getId() + " " + what, AuditOutcome.SUCCESS);
  }

  /**
   * The weekly hours a person has reserved for a team's work in a school year, or empty when they
   * are not its member then: what the team may book them for.
   */
  public Optional<BigDecimal> reservedHours(
      @NotNull Long teamId, @NotNull Long personId, @NotNull SchoolYear year) {
    return em.createNamedQuery(TeamMembership.OF_TEAM_IN_YEAR, TeamMembership.class)
        .setParameter("team", existing(teamId))
        .setParameter("year", year)
        .getResultStream()
        .filter(m -> m.getPerson().getId().equals(personId))
        .map(TeamMembership::getWeeklyHours)
        .findFirst();
  }

  /** Whether the signed-in user leads the team (or is an admin). */
  public boolean leads(@NotNull Long teamId) {
    return leads(currentUser.get(), existing(teamId));
  }

  /** The school year the team pages open on. */
  public SchoolYear currentSchoolYear() {
    return clock.currentSchoolYear();
  }
}
