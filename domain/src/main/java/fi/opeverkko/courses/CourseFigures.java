package fi.opeverkko.courses;

import fi.opeverkko.competence.Level;
import fi.opeverkko.network.SchoolStaff;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.network.TeachingStaff;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
