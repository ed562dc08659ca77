package fi.opeverkko.library;

import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Writes library items as they would have been published at a given time, with their use and links,
 * for the demo data and the tests; the same rules as {@link PracticePublishing}, without a
 * signed-in user.
 */
public class LibraryReplay {

  private final EntityManager em;

  public LibraryReplay(EntityManager em) {
    this.em = em;
  }

  /** An item the person (signed in as the login) published from the school (or none) at a time. */
  public Long item(
      String login,
      Person author,
      School school,
      boolean pilotOutcome,
      PracticeDraft draft,
      LocalDateTime at) {
    DraftRules.check(draft);
    LibraryItem item =
        new LibraryItem(
            new LibraryItem.Author(login, author.getFullName(), author.getId()),
            school,
            pilotOutcome,
            at);
    item.write(draft, at);
    em.persist(item);
    em.flush();
    return item.getId();
  }

  /** The item's views and downloads on a day. */
  public void used(Long itemId, LocalDate day, int views, int downloads) {
    em.createNativeQuery(
            "INSERT INTO library_use (item_id, used_on, views, downloads) VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, itemId)
        .setParameter(2, day)
        .setParameter(3, views)
        .setParameter(4, downloads)
        .executeUpdate();
  }

  public void linkTopic(Long itemId, Long topicId) {
    LibraryLinks.insertTopicLink(em, itemId, topicId);
  }

  public void linkCourse(Long itemId, Long courseId) {
    LibraryLinks.insertCourseLink(em, itemId, courseId);
  }
}
