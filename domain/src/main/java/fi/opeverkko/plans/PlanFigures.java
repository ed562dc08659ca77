package fi.opeverkko.plans;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolTally;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.time.LocalDate;
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
      "SELECT e.school_id, COUNT(*), SUM(e.minutes) FROM activity_log_entry e"
          + " WHERE e.done_on >= ? AND e.done_on < ?%s GROUP BY e.school_id";

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  /** The approved tutor plans of the school year in the city's schools (null: every city's). */
  public List<SchoolTally> approvedBySchool(String cityCode, @NotNull SchoolYear year) {
    List<Object[]> rows = rows(APPROVED, cityCode, "p.school_id", year.startYear());
    return rows.stream().map(SchoolTally::of).toList();
  }

  /**
   * The activity logged from one day to another (excluded) in the city's schools (null: every
   * city's): entries, and their minutes.
   */
  public List<SchoolTally> loggedBySchool(
      String cityCode, @NotNull LocalDate from, @NotNull LocalDate to) {
    List<Object[]> rows =
        rows(LOGGED, cityCode, "e.school_id", Date.valueOf(from), Date.valueOf(to));
    return rows.stream()
        .map(
            row ->
                new SchoolTally(
                    SchoolTally.number(row[0]),
                    SchoolTally.number(row[1]),
                    SchoolTally.number(row[1]),
                    SchoolTally.number(row[2])))
        .toList();
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
