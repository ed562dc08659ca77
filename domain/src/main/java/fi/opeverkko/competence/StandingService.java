package fi.opeverkko.competence;

import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.util.List;

/**
 * The standing against the targets: the share of a school year's teaching staff (its teachers and
 * principals) with a confirmed level 1, 2 and 3, against 100 %, 90 % and 20 %, by type of school
 * and teaching language. For a school (its principal, its city's coordinator), a city (its
 * coordinator) and the whole network (admins). Each view is one aggregating SQL query.
 */
@Published
@Stateless
public class StandingService {

  /**
   * Each member of the staff counted once, in the first of their schools in the scope, with the
   * highest level confirmed by the end of the school year. SQL, not JPQL, for the derived tables;
   * plain SQL that H2 and PostgreSQL both run. Reads the network's registry tables as the
   * competence targets define the staff: the year's TEACHER and PRINCIPAL assignments.
   */
  private static final String STANDING =
      "SELECT s.school_type, s.language, COUNT(*),"
          + " SUM(CASE WHEN c.top >= 1 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN c.top >= 2 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN c.top >= 3 THEN 1 ELSE 0 END)"
          + " FROM (SELECT a.person_id, MIN(a.school_id) AS school_id"
          + "   FROM school_assignment a JOIN school sc ON sc.id = a.school_id"
          + "   WHERE a.school_year = ? AND a.school_role IN ('TEACHER', 'PRINCIPAL') %s"
          + "   GROUP BY a.person_id) st"
          + " JOIN school s ON s.id = st.school_id"
          + " LEFT JOIN (SELECT person_id, MAX(level_number) AS top FROM level_confirmation"
          + "   WHERE status = 'CONFIRMED' AND decided_at < ? GROUP BY person_id) c"
          + " ON c.person_id = st.person_id"
          + " GROUP BY s.school_type, s.language"
          + " ORDER BY s.school_type, s.language";

  @PersistenceContext private EntityManager em;
  @Inject private CompetenceAccess access;
  @Inject private NetworkReferences references;

  public Standing school(@NotNull Long schoolId, @NotNull SchoolYear year) {
    School school =
        references
            .school(schoolId)
            .orElseThrow(() -> new CompetenceRuleException("competence.noSuchSchool"));
    access.requireStandingReaderOf(school);
    return standing(year, "AND sc.id = ?", schoolId);
  }

  public Standing city(@NotNull String cityCode, @NotNull SchoolYear year) {
    access.requireCoordinatorOf(cityCode);
    return standing(
        year, "AND sc.city_id IN (SELECT ci.id FROM city ci WHERE ci.code = ?)", cityCode);
  }

  public Standing network(@NotNull SchoolYear year) {
    access.requireAdmin();
    return standing(year, "", null);
  }

  private Standing standing(SchoolYear year, String scope, Object scopeValue) {
    Query query = em.createNativeQuery(String.format(STANDING, scope));
    int position = 1;
    query.setParameter(position++, year.startYear());
    if (scopeValue != null) {
      query.setParameter(position++, scopeValue);
    }
    query.setParameter(position, Timestamp.valueOf(year.lastDay().plusDays(1).atStartOfDay()));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return new Standing(
        year,
        rows.stream()
            .map(
                row ->
                    new StandingRow(
                        SchoolType.valueOf((String) row[0]),
                        TeachingLanguage.valueOf((String) row[1]),
                        count(row[2]),
                        count(row[3]),
                        count(row[4]),
                        count(row[5])))
            .toList());
  }

  /** A count as the database gives it: a long, a big decimal (a sum), or null (no rows). */
  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
