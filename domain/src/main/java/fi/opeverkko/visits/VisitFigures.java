package fi.opeverkko.visits;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.platform.PeriodTally;
import fi.opeverkko.platform.Periods;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolTally;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The visits delivered in a period and their feedback, school by school, for the dashboards of
 * admins (the network) and coordinators (their city): one aggregating query.
 */
@Published
@Stateless
public class VisitFigures {

  /**
   * Per period and school: the visits delivered (or closed after delivery) that started in the
   * period, the feedback given on them and the sum of its ratings (1–5).
   */
  private static final String DELIVERED =
      "SELECT %1$s, v.school_id, COUNT(DISTINCT v.id), COUNT(f.id), SUM(f.rating)"
          + " FROM visit_request v LEFT JOIN visit_feedback f ON f.request_id = v.id"
          + " WHERE v.status IN ('DELIVERED', 'CLOSED') AND %2$s%3$s"
          + " GROUP BY %1$s, v.school_id";

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  /**
   * The visits delivered in each period in the city's schools (null: every city's): count, feedback
   * given, sum of its ratings.
   */
  public List<PeriodTally> deliveredBySchool(String cityCode, @NotNull Periods periods) {
    currentUser.requireFiguresOf(cityCode, "visit figures of city " + cityCode);
    Query query =
        em.createNativeQuery(
            String.format(
                DELIVERED,
                periods.indexOf("v.starts_at"),
                periods.within("v.starts_at"),
                cityCode == null ? "" : SchoolTally.inCity("v.school_id")));
    if (cityCode != null) {
      query.setParameter(1, cityCode);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(PeriodTally::of).toList();
  }
}
