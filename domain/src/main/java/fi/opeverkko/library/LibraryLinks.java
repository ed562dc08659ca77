package fi.opeverkko.library;

import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The links from team topics and courses to items, kept here so that the library knows neither
 * teams' catalogues nor courses: the publishers (expert teams, coordinators, admins) point topics
 * and courses to items; the topic's and the course's pages list their items ({@link
 * LibraryQueries#itemsForTopic}, {@link LibraryQueries#itemsForCourse}). A course is known only by
 * its id (its row is looked up in SQL, as the library may not use the courses context).
 */
@Published
@Stateless
public class LibraryLinks {

  @PersistenceContext private EntityManager em;
  @Inject private LibraryAccess access;
  @Inject private NetworkReferences network;
  @Inject private NetworkOverviewService overview;
  @Inject private TeamService teamService;
  @Inject private Event<LibraryAudit> audited;

  public void linkTopic(@NotNull Long itemId, @NotNull Long topicId) {
    SignedInUser user = requireLinker(itemId);
    if (network.topic(topicId).isEmpty()) {
      throw new LibraryRuleException("library.noSuchTopic");
    }
    if (!linked("library_topic_item", "topic_id", itemId, topicId)) {
      insertTopicLink(em, itemId, topicId);
    }
    audit(user, "LINK_LIBRARY_TOPIC", itemId);
  }

  public void unlinkTopic(@NotNull Long itemId, @NotNull Long topicId) {
    SignedInUser user = requireLinker(itemId);
    delete("library_topic_item", "topic_id", itemId, topicId);
    audit(user, "UNLINK_LIBRARY_TOPIC", itemId);
  }

  public void linkCourse(@NotNull Long itemId, @NotNull Long courseId) {
    SignedInUser user = requireLinker(itemId);
    if (em.createNativeQuery("SELECT id FROM course WHERE id = ?1")
        .setParameter(1, courseId)
        .getResultList()
        .isEmpty()) {
      throw new LibraryRuleException("library.noSuchCourse");
    }
    if (!linked("library_course_item", "course_id", itemId, courseId)) {
      insertCourseLink(em, itemId, courseId);
    }
    audit(user, "LINK_LIBRARY_COURSE", itemId);
  }

  public void unlinkCourse(@NotNull Long itemId, @NotNull Long courseId) {
    SignedInUser user = requireLinker(itemId);
    delete("library_course_item", "course_id", itemId, courseId);
    audit(user, "UNLINK_LIBRARY_COURSE", itemId);
  }

  /**
   * Points the topics the user may choose from (their teams' offered topics; every team's for
   * coordinators and admins) to the item as chosen: the chosen ones linked, the others unlinked;
   * other topics' links stay as they are.
   */
  public void setTopics(@NotNull Long itemId, @NotNull Set<Long> chosen) {
    SignedInUser user = requireLinker(itemId);
    Set<Long> choosable =
        choosableTopics(user).stream().map(TeamTopic::getId).collect(Collectors.toSet());
    if (!choosable.containsAll(chosen)) {
      throw new LibraryRuleException("library.noSuchTopic");
    }
    for (Long topicId : choosable) {
      boolean isLinked = linked("library_topic_item", "topic_id", itemId, topicId);
      if (chosen.contains(topicId) && !isLinked) {
        insertTopicLink(em, itemId, topicId);
      } else if (!chosen.contains(topicId) && isLinked) {
        delete("library_topic_item", "topic_id", itemId, topicId);
      }
    }
    audit(user, "SET_LIBRARY_TOPICS", itemId);
  }

  /** The topics the user may point to items: empty for those who do not publish. */
  public List<TeamTopic> choosableTopics() {
    return access.mayPublish() ? choosableTopics(access.reader()) : List.of();
  }

  /** The ids of the topics pointing to the item. */
  public Set<Long> topicsOf(@NotNull Long itemId) {
    access.reader();
    List<?> ids =
        em.createNativeQuery("SELECT topic_id FROM library_topic_item WHERE item_id = ?1")
            .setParameter(1, itemId)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
  }

  private List<TeamTopic> choosableTopics(SignedInUser user) {
    Set<Long> teams =
        user.isAdmin() || user.has(PortalRole.CITY_COORDINATOR)
            ? overview.teams().stream().map(ExpertTeam::getId).collect(Collectors.toSet())
            : user.teamIds();
    return teams.isEmpty() ? List.of() : teamService.offeredTopics(teams);
  }

  /** A publisher, and an item that is found. */
  private SignedInUser requireLinker(Long itemId) {
    SignedInUser user = access.requirePublisher();
    if (LibraryItem.existing(em, itemId).isWithdrawn()) {
      throw new LibraryRuleException("library.noSuchItem");
    }
    return user;
  }

  static void insertTopicLink(EntityManager em, Long itemId, Long topicId) {
    insert(em, "library_topic_item", "topic_id", itemId, topicId);
  }

  static void insertCourseLink(EntityManager em, Long itemId, Long courseId) {
    insert(em, "library_course_item", "course_id", itemId, courseId);
  }

  private static void insert(
      EntityManager em, String table, String ownerColumn, Long itemId, Long ownerId) {
    em.createNativeQuery("INSERT INTO " + table + " (" + ownerColumn + ", item_id) VALUES (?1, ?2)")
        .setParameter(1, ownerId)
        .setParameter(2, itemId)
        .executeUpdate();
  }

  private boolean linked(String table, String ownerColumn, Long itemId, Long ownerId) {
    return !em.createNativeQuery(
            "SELECT item_id FROM " + table + " WHERE " + ownerColumn + " = ?1 AND item_id = ?2")
        .setParameter(1, ownerId)
        .setParameter(2, itemId)
        .getResultList()
        .isEmpty();
  }

  private void delete(String table, String ownerColumn, Long itemId, Long ownerId) {
    em.createNativeQuery(
            "DELETE FROM " + table + " WHERE " + ownerColumn + " = ?1 AND item_id = ?2")
        .setParameter(1, ownerId)
        .setParameter(2, itemId)
        .executeUpdate();
  }

  private void audit(SignedInUser user, String action, Long itemId) {
    audited.fire(new LibraryAudit(user.loginName(), action, itemId));
  }
}
