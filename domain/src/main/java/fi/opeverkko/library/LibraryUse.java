package fi.opeverkko.library;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Counts an item's views and downloads per day: one update of the day's row, a row inserted for the
 * day's first.
 */
@Dependent
class LibraryUse {

  @PersistenceContext private EntityManager em;

  void viewed(Long itemId, LocalDate day) {
    count(itemId, day, "views");
  }

  void downloaded(Long itemId, LocalDate day) {
    count(itemId, day, "downloads");
  }

  private void count(Long itemId, LocalDate day, String column) {
    int updated =
        em.createNativeQuery(
                "UPDATE library_use SET "
                    + column
                    + " = "
                    + column
                    + " + 1 WHERE item_id = ?1 AND used_on = ?2")
            .setParameter(1, itemId)
            .setParameter(2, day)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO library_use (item_id, used_on, views, downloads) VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, itemId)
          .setParameter(2, day)
          .setParameter(3, "views".equals(column) ? 1 : 0)
          .setParameter(4, "downloads".equals(column) ? 1 : 0)
          .executeUpdate();
    }
  }
}
