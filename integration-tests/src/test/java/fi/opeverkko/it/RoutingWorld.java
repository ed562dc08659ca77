package fi.opeverkko.it;

import fi.opeverkko.network.City;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.PersonDetails;
import fi.opeverkko.network.School;
import fi.opeverkko.network.TeamMembership;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.network.TopicAudience;
import fi.opeverkko.network.TopicDetails;
import fi.opeverkko.network.WorkLanguage;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.SchoolYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Crafted teams for the routing tests: a team of its own (led by the demo team leader) with a topic
 * and experts whose languages, areas, hours and topics are chosen, all named uniquely per run so
 * that the shared demo data is not touched; {@link #retire} takes a team's topics out of the
 * catalogue and its members out of the team afterwards.
 */
@ApplicationScoped
public class RoutingWorld {

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private int made;

  /** What a crafted expert is. */
  public record Expert(
      String name, Set<WorkLanguage> languages, String area, String weeklyHours, boolean gives) {}

  /** A crafted team: its id, its topic's id and its experts' ids in the order asked. */
  public record Team(Long id, Long topicId, List<Long> expertIds, List<String> logins) {}

  /** A unique text for this run, for names the tests search for. */
  public String unique() {
    return run + ++made;
  }

  /**
   * A team led by the login's person, with one topic (titled as given in the three languages) and
   * the experts as members this school year, each with a login of their own.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Team team(
      String leaderLogin, String titleFi, String titleSv, SchoolYear year, List<Expert> experts) {
    Person leader =
        em.createQuery("SELECT p FROM Person p WHERE p.loginName = :login", Person.class)
            .setParameter("login", leaderLogin)
            .getSingleResult();
    String code = "ROUTE_" + letters(unique());
    ExpertTeam team =
        new ExpertTeam(
            code,
            new LocalizedName("Reititys " + code, "Routning " + code, "Routing " + code),
            leader);
    em.persist(team);
    TeamTopic topic = new TeamTopic(team, details(titleFi, titleSv));
    em.persist(topic);
    City city = leader.getCity();
    List<Long> ids = new ArrayList<>();
    List<String> logins = new ArrayList<>();
    for (Expert expert : experts) {
      String login = "route-" + unique();
      Person person =
          new Person(
              city,
              new PersonDetails(
                  expert.name(),
                  "Reititys",
                  login + "@opeverkko.example",
                  null,
                  expert.languages()));
      person.linkLogin(login);
      person.placeIn(expert.area());
      em.persist(person);
      em.persist(new TeamMembership(team, person, year, new BigDecimal(expert.weeklyHours())));
      if (expert.gives()) {
        topic.addExpert(person);
      }
      ids.add(person.getId());
      logins.add(login);
    }
    em.flush();
    return new Team(team.getId(), topic.getId(), ids, logins);
  }

  /** Many more topics for the team, for the scale test. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void moreTopics(Long teamId, int count, List<String> words) {
    ExpertTeam team = em.find(ExpertTeam.class, teamId);
    for (int i = 0; i < count; i++) {
      String word = words.get(i % words.size());
      em.persist(new TeamTopic(team, details(word + " " + i, word + " " + i)));
    }
  }

  /**
   * Takes the team's topics out of the catalogue and its members out of it; the crafted experts
   * never booked and leading no team are removed from the registry.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void retire(Team team) {
    Long teamId = team.id();
    em.createQuery(
            "UPDATE TeamTopic t SET t.active = FALSE, t.version = t.version + 1"
                + " WHERE t.team.id = :team")
        .setParameter("team", teamId)
        .executeUpdate();
    em.createQuery("DELETE FROM TeamMembership m WHERE m.team.id = :team")
        .setParameter("team", teamId)
        .executeUpdate();
    em.createNativeQuery(
            "DELETE FROM expert_topic WHERE topic_id IN"
                + " (SELECT id FROM team_topic WHERE team_id = ?1)")
        .setParameter(1, teamId)
        .executeUpdate();
    if (!team.expertIds().isEmpty()) {
      em.createQuery(
              "DELETE FROM Person p WHERE p.id IN :ids"
                  + " AND NOT EXISTS (SELECT b FROM ExpertBooking b WHERE b.expert = p)"
                  + " AND NOT EXISTS (SELECT t FROM ExpertTeam t WHERE t.leader = p)")
          .setParameter("ids", team.expertIds())
          .executeUpdate();
    }
  }

  /** Places the school in the area, keeping the one it had: returned to put it back. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String placeSchool(Long schoolId, String area) {
    School school = em.find(School.class, schoolId);
    String before = school.getArea();
    school.placeIn(area);
    return before;
  }

  private static TopicDetails details(String titleFi, String titleSv) {
    TopicDetails details = new TopicDetails();
    details.setTitleFi(titleFi);
    details.setTitleSv(titleSv);
    details.setTitleEn(titleFi);
    details.setDescriptionFi("Koulutus aiheesta " + titleFi + ".");
    details.setDescriptionSv("Utbildning om " + titleSv + ".");
    details.setDescriptionEn("Training on " + titleFi + ".");
    details.setAudiences(EnumSet.of(TopicAudience.PRIMARY));
    details.setTypicalMinutes(90);
    return details;
  }

  /** A team code takes capital letters only: each character of the text as one. */
  private static String letters(String text) {
    StringBuilder code = new StringBuilder();
    text.chars().forEach(c -> code.append((char) ('A' + Math.floorMod(c, 26))));
    return code.toString();
  }
}
