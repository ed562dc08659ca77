package fi.opeverkko.competence;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The library items an application cites as evidence ({@code evidence_library_item}): only the
 * items' ids, the library shows the items.
 */
final class LibraryCitations {

  private LibraryCitations() {}

  static List<Long> cited(EntityManager em, Long applicationId) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT item_id FROM evidence_library_item WHERE application_id = ?1"
                    + " ORDER BY item_id")
            .setParameter(1, applicationId)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  static void cite(EntityManager em, Long applicationId, Long itemId) {
    em.createNativeQuery(
            "INSERT INTO evidence_library_item (application_id, item_id) VALUES (?1, ?2)")
        .setParameter(1, applicationId)
        .setParameter(2, itemId)
        .executeUpdate();
  }

  static void uncite(EntityManager em, Long applicationId, Long itemId) {
    em.createNativeQuery(
            "DELETE FROM evidence_library_item WHERE application_id = ?1 AND item_id = ?2")
        .setParameter(1, applicationId)
        .setParameter(2, itemId)
        .executeUpdate();
  }
}
