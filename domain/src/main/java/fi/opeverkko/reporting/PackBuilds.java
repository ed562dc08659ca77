package fi.opeverkko.reporting;

import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The steps of a pack's life, each in a transaction of its own so that the page sees the build's
 * progress while it runs, and a failure is kept when the build's work is lost.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PackBuilds {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /**
   * Asks for the scope's pack of the year in each language: a pack queued, building or ready is
   * left as it is; a failed one is queued again; a missing one is made. The unique key of year,
   * scope and language refuses a pack asked for twice at once (this transaction then fails).
   *
   * @return the packs to build: those queued now
   */
  public List<Long> queue(SchoolYear year, String cityCode, String requestedBy) {
    List<Long> queued = new ArrayList<>();
    for (PackLanguage language : PackLanguage.values()) {
      IndicatorPack pack =
          em.createQuery(
                  "SELECT p FROM IndicatorPack p WHERE p.schoolYear = :year AND p.scope = :scope"
                      + " AND p.language = :language",
                  IndicatorPack.class)
              .setParameter("year", year)
              .setParameter("scope", IndicatorPack.scopeOf(cityCode))
              .setParameter("language", language)
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (pack == null) {
        pack = new IndicatorPack(year, cityCode, language, requestedBy, clock.now());
        em.persist(pack);
      } else if (pack.getState() == PackState.FAILED) {
        pack.queue(requestedBy, clock.now());
      } else {
        continue;
      }
      em.flush();
      queued.add(pack.getId());
    }
    return queued;
  }

  /**
   * Takes a queued pack for building, with a conditional update, so that a pack is built once even
   * if its build were started twice.
   *
   * @return the pack, or null when it was not queued
   */
  public PackRow claim(Long packId) {
    int taken =
        em.createQuery(
                "UPDATE IndicatorPack p SET p.state = :building, p.version = p.version + 1"
                    + " WHERE p.id = :id AND p.state = :queued")
            .setParameter("building", PackState.BUILDING)
            .setParameter("queued", PackState.QUEUED)
            .setParameter("id", packId)
            .executeUpdate();
    return taken == 1 ? em.find(IndicatorPack.class, packId).row() : null;
  }

  public void advance(Long packId, int percent) {
    em.find(IndicatorPack.class, packId).advance(percent);
  }

  /** Keeps the built files, unless the pack was failed as lost meanwhile (its files unwanted). */
  public void finish(Long packId, byte[] pdf, byte[] xlsx) {
    IndicatorPack pack = em.find(IndicatorPack.class, packId);
    if (!pack.building()) {
      return;
    }
    em.persist(new PackFile(packId, PackFormat.PDF, pdf));
    em.persist(new PackFile(packId, PackFormat.XLSX, xlsx));
    pack.finish(clock.now());
  }

  /**
   * Fails the packs still queued or being built that were asked for before the time: their build is
   * lost or hangs. The reason, in the pack's language, asks the reader to request it again.
   *
   * @return how many were failed
   */
  public int failLost(LocalDateTime requestedBefore) {
    List<IndicatorPack> lost =
        em.createQuery(
                "SELECT p FROM IndicatorPack p WHERE p.state IN :underWay"
                    + " AND p.requestedAt < :before",
                IndicatorPack.class)
            .setParameter("underWay", EnumSet.of(PackState.QUEUED, PackState.BUILDING))
            .setParameter("before", requestedBefore)
            .getResultList();
    for (IndicatorPack pack : lost) {
      pack.fail(
          new PackIndicators(pack.getLanguage().locale())
              .text("interrupted", PackRecovery.TIMEOUT.toMinutes()),
          clock.now());
    }
    return lost.size();
  }

  public void fail(Long packId, String reason) {
    em.find(IndicatorPack.class, packId).fail(reason, clock.now());
  }
}
