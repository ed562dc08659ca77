package fi.opeverkko.it;

import fi.opeverkko.platform.SchoolYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/** A built pack put back as a server that stopped mid-build leaves it: building, without files. */
@ApplicationScoped
public class StuckPacks {

  private static final String PACK =
      "FROM indicator_pack WHERE school_year = ?1 AND pack_scope = ?2 AND pack_language = ?3";

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void stuck(SchoolYear year, String city, String language, LocalDateTime requestedAt) {
    em.createNativeQuery(
            "DELETE FROM indicator_pack_file WHERE pack_id IN (SELECT id " + PACK + ")")
        .setParameter(1, year.startYear())
        .setParameter(2, city)
        .setParameter(3, language)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE indicator_pack SET pack_state = 'BUILDING', progress = 40, finished_at = NULL,"
                + " requested_at = ?4, version = version + 1 "
                + PACK.substring("FROM indicator_pack ".length()))
        .setParameter(1, year.startYear())
        .setParameter(2, city)
        .setParameter(3, language)
        .setParameter(4, Timestamp.valueOf(requestedAt))
        .executeUpdate();
  }
}
