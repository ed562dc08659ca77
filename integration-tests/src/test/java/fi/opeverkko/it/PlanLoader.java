package fi.opeverkko.it;

import fi.opeverkko.demo.PlanSamples;
import fi.opeverkko.network.SchoolAssignment;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.platform.SchoolYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Fills the activity log of every tutor and mentor of the network, one round per transaction. */
@ApplicationScoped
public class PlanLoader {

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  /** One more log of the school year so far for every tutor and mentor; returns entries added. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long logRound(SchoolYear year, LocalDate today, int round) {
    long before = count();
    List<SchoolAssignment> loggers =
        em.createQuery(
                "SELECT a FROM SchoolAssignment a JOIN FETCH a.person JOIN FETCH a.school"
                    + " WHERE a.schoolYear = :year AND a.role IN :roles",
                SchoolAssignment.class)
            .setParameter("year", year)
            .setParameter("roles", List.of(SchoolRole.TUTOR, SchoolRole.MENTOR))
            .getResultList();
    PlanSamples samples = new PlanSamples(em, today);
    for (SchoolAssignment a : loggers) {
      samples.log(a.getPerson(), a.getSchool(), a.getRole(), year, null, round);
    }
    em.flush();
    return count() - before;
  }

  private long count() {
    return em.createQuery("SELECT COUNT(e) FROM ActivityLogEntry e", Long.class).getSingleResult();
  }
}
