package fi.opeverkko.plans;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.platform.PeriodTally;
import fi.opeverkko.platform.Periods;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolTally;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Tutor plans approved and activity logged, school by school, for the dashboards of admins (the
 * network) and coordinators (their city): one aggregating query each.
 */
@Published
@Stateless
public class PlanFigures {

  private static final String APPROVED =
      "SELECT p.school_id, COUNT(*) FROM tutor_plan p"
          + " WHERE p.school_year = ? AND p.status = 'APPROVED'%s GROUP BY p.school_id";

  private static final String LOGGED =
      "SELECT %1$s, e.school_id, COUNT(*), COUNT(*), SUM(e.minutes) FROM activity_log_entry e"
          + " WHERE %2$s%%s GROUP BY %1$s, e.school_id";

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  /** The approved tutor plans of the school year in the city's schools (null: every city's). */
  public List<SchoolTally> approvedBySchool(String cityCode, @NotNull SchoolYear year) {
    List<Object[]> rows = rows(APPROVED, cityCode, "p.school_id", year.startYear());
    return rows.stream().map(SchoolTally::of).toList();
  }

  /**
   * The activity logged in each period in the city's schools (null: every city's): entries, and
   * their minutes.
   */
  public List<PeriodTally> loggedBySchool(String cityCode, @NotNull Periods periods) {
    String sql = String.format(LOGGED, periods.indexOf("e.done_on"), periods.within("e.done_on"));
    return rows(sql, cityCode, "e.school_id").stream().map(PeriodTally::of).toList();
  }

  private List<Object[]> rows(String sql, String cityCode, String schoolColumn, Object... values) {
    currentUser.requireFiguresOf(cityCode, "plan figures of city " + cityCode);
    Query query =
        em.createNativeQuery(
            String.format(sql, cityCode == null ? "" : SchoolTally.inCity(schoolColumn)));
    int position = 1;
    for (Object value : values) {
      query.setParameter(position++, value);
    }
    if (cityCode != null) {
      query.setParameter(position, cityCode);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows;
  }
}
