package fi.opeverkko.courses;

import fi.opeverkko.competence.Level;
import fi.opeverkko.network.SchoolStaff;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.network.TeachingStaff;
import fi.opeverkko.platform.Clock;
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
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Participation in central courses for the coordinators (their own city) and admins (a city, or
 * all): the share of each school's teaching staff who took part this school year, by course level
 * and language. Three queries whatever the number of schools.
 */
@Published
@Stateless
public class CourseFigures {

  /**
   * Per school: the places taken on courses starting in the period that were not cancelled, and of
   * them the completed ones ({@link Completion}'s rule in SQL: every session that is not optional
   * attended and, where asked, the final assignment returned).
   */
  private static final String TAKEN =
      "SELECT %1$s, su.school_id, COUNT(su.id), SUM(CASE WHEN (c.final_assignment = FALSE"
          + " OR su.assignment_returned_at IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM"
          + " course_session cs WHERE cs.course_id = c.id AND NOT EXISTS (SELECT 1 FROM"
          + " course_optional_session o WHERE o.course_id = c.id AND o.starts_at = cs.starts_at)"
          + " AND NOT EXISTS (SELECT 1 FROM course_attendance a WHERE a.sign_up_id = su.id"
          + " AND a.starts_at = cs.starts_at)) THEN 1 ELSE 0 END)"
          + " FROM course_sign_up su JOIN course c ON c.id = su.course_id"
          + " WHERE su.status = 'IN' AND c.course_state <> 'CANCELLED'"
          + " AND %2$s%3$s"
          + " GROUP BY %1$s, su.school_id";

  @PersistenceContext private EntityManager em;
  @Inject private CourseAccess access;
  @Inject private TeachingStaff staff;
  @Inject private Clock clock;

  /**
   * The schools of the city (every city's for an admin asking for none), by city and name.
   *
   * @param cityCode the city; {@code null}: every city, for admins only
   */
  public List<ParticipationRow> participation(String cityCode) {
    access.requireFiguresOf(cityCode);
    SchoolYear year = clock.currentSchoolYear();
    Map<Long, Long> totals = new HashMap<>();
    counted("", cityCode, year)
        .getResultStream()
        .forEach(row -> totals.put((Long) row[0], (Long) row[1]));
    Map<Long, Map<Object, Long>> parts = new HashMap<>();
    for (String by : List.of("c.level", "c.language")) {
      counted(", " + by, cityCode, year)
          .getResultStream()
          .forEach(
              row ->
                  parts
                      .computeIfAbsent((Long) row[0], id -> new HashMap<>())
                      .merge(row[1], (Long) row[2], Long::sum));
    }
    return staff.bySchool(cityCode, year).stream()
        .map(school -> row(school, totals, parts.getOrDefault(school.schoolId(), Map.of())))
        .toList();
  }

  /**
   * The places taken on the courses starting in each period by the staff of the city's schools
   * (null: every city's), for the dashboards: one aggregating query.
   *
   * @return per period and school: the places taken (count) and the completions among them
   *     (measured)
   */
  public List<PeriodTally> takenBySchool(String cityCode, @NotNull Periods periods) {
    access.requireFiguresOf(cityCode);
    Query query =
        em.createNativeQuery(
            String.format(
                TAKEN,
                periods.indexOf("c.first_day"),
                periods.within("c.first_day"),
                cityCode == null ? "" : SchoolTally.inCity("su.school_id")));
    if (cityCode != null) {
      query.setParameter(1, cityCode);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(PeriodTally::of).toList();
  }

  private static ParticipationRow row(
      SchoolStaff school, Map<Long, Long> totals, Map<Object, Long> parts) {
    return new ParticipationRow(
        school.schoolId(),
        school.schoolName(),
        school.cityCode(),
        school.language(),
        school.staff(),
        totals.getOrDefault(school.schoolId(), 0L),
        parts.getOrDefault(Level.BASIC, 0L),
        parts.getOrDefault(Level.ADVANCED, 0L),
        parts.getOrDefault(Level.DEVELOPER, 0L),
        parts.getOrDefault(TeachingLanguage.FI, 0L),
        parts.getOrDefault(TeachingLanguage.SV, 0L));
  }

  /** The teachers who took part per school, counted once per school and the grouping given. */
  private TypedQuery<Object[]> counted(String groupBy, String cityCode, SchoolYear year) {
    String city = cityCode == null ? "" : " AND s.school.city.code = :city";
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT s.school.id"
                + groupBy
                + ", COUNT(DISTINCT s.teacher.id) FROM SignUp s JOIN s.course c"
                + " WHERE s.status = :in AND c.state <> :cancelled"
                + " AND c.firstDay >= :start AND c.firstDay <= :end"
                + city
                + " GROUP BY s.school.id"
                + groupBy,
            Object[].class);
    if (cityCode != null) {
      query.setParameter("city", cityCode);
    }
    return query
        .setParameter("in", SignUpStatus.IN)
        .setParameter("cancelled", CourseState.CANCELLED)
        .setParameter("start", year.firstDay())
        .setParameter("end", year.lastDay());
  }
}
