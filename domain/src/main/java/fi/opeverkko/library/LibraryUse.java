package fi.opeverkko.library;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Counts an item's views and downloads per day: one update of the day's row, a row inserted for the
 * day's first. In a transaction of its own, so that two first uses of a day at once (one insert
 * refused by the key) cost the reader nothing: the refused one counts again by the update.
 */
@Stateless
public class LibraryUse {

  @PersistenceContext private EntityManager em;
  @Inject private LibraryUse self;

  public void viewed(Long itemId, LocalDate day) {
    countOnce(itemId, day, false);
  }

  public void downloaded(Long itemId, LocalDate day) {
    countOnce(itemId, day, true);
  }

  private void countOnce(Long itemId, LocalDate day, boolean download) {
    try {
      self.count(itemId, day, download);
    } catch (EJBException raced) {
      self.count(itemId, day, download);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void count(Long itemId, LocalDate day, boolean download) {
    String column = download ? "downloads" : "views";
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
          .setParameter(3, download ? 0 : 1)
          .setParameter(4, download ? 1 : 0)
          .executeUpdate();
    }
  }
}
