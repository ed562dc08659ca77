package fi.opeverkko.library;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

/**
 * The links from team topics and courses to items, kept here so that the library knows neither
 * teams' catalogues nor courses: the item's author (or an admin) points a topic or a course to it;
 * the topic's and the course's pages list their items ({@link LibraryQueries#itemsForTopic}, {@link
 * LibraryQueries#itemsForCourse}). A course is known only by its id (its row is looked up in SQL,
 * as the library may not use the courses context).
 */
@Published
@Stateless
public class LibraryLinks {

  @PersistenceContext private EntityManager em;
  @Inject private LibraryAccess access;
  @Inject private NetworkReferences network;
  @Inject private AuditLog auditLog;

  public void linkTopic(@NotNull Long itemId, @NotNull Long topicId) {
    SignedInUser user = access.requireEditorOf(LibraryItem.existing(em, itemId));
    if (network.topic(topicId).isEmpty()) {
      throw new LibraryRuleException("library.noSuchTopic");
    }
    if (!linked("library_topic_item", "topic_id", itemId, topicId)) {
      insertTopicLink(em, itemId, topicId);
    }
    audit(user, "LINK_LIBRARY_TOPIC", itemId);
  }

  public void unlinkTopic(@NotNull Long itemId, @NotNull Long topicId) {
    SignedInUser user = access.requireEditorOf(LibraryItem.existing(em, itemId));
    delete("library_topic_item", "topic_id", itemId, topicId);
    audit(user, "UNLINK_LIBRARY_TOPIC", itemId);
  }

  public void linkCourse(@NotNull Long itemId, @NotNull Long courseId) {
    SignedInUser user = access.requireEditorOf(LibraryItem.existing(em, itemId));
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
    SignedInUser user = access.requireEditorOf(LibraryItem.existing(em, itemId));
    delete("library_course_item", "course_id", itemId, courseId);
    audit(user, "UNLINK_LIBRARY_COURSE", itemId);
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
    auditLog.record(user.loginName(), action, "library item " + itemId, AuditOutcome.SUCCESS);
  }
}
