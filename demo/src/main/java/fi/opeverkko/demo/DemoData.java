package fi.opeverkko.demo;

import fi.opeverkko.platform.Clock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Fills an empty database with a realistic demo network ({@link DemoNetwork}) when the portal
 * starts. Being deployed is the switch: this module is added to the EAR only by {@code bin/portal}
 * and the integration tests, never shipped in {@code opeverkko.ear}. Runs only once: a database
 * that already has cities is left alone, so restarting the portal never duplicates anything.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  // Named: the unit lives in the domain module, beside this one in the EAR.
  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  @Inject private Clock clock;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void loadIntoEmptyDatabase() {
    Long cities = em.createQuery("SELECT COUNT(c) FROM City c", Long.class).getSingleResult();
    if (cities > 0) {
      LOG.info("Demo data already present; nothing loaded");
      return;
    }
    long started = System.nanoTime();
    new DemoNetwork(em, clock.currentSchoolYear()).create();
    LOG.info(() -> "Demo data loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
  }
}
