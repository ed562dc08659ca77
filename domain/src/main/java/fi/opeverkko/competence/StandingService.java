package fi.opeverkko.competence;

import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
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
      "SELECT %1$s, COUNT(*),"
          + " SUM(CASE WHEN c.top >= 1 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN c.top >= 2 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN c.top >= 3 THEN 1 ELSE 0 END)"
          + " FROM (SELECT a.person_id, MIN(a.school_id) AS school_id"
          + "   FROM school_assignment a JOIN school sc ON sc.id = a.school_id"
          + "   WHERE a.school_year = ? AND a.school_role IN ('TEACHER', 'PRINCIPAL') %2$s"
          + "   GROUP BY a.person_id) st"
          + " JOIN school s ON s.id = st.school_id"
          + " LEFT JOIN (SELECT person_id, MAX(level_number) AS top FROM level_confirmation"
          + "   WHERE status = 'CONFIRMED' AND decided_at < ? GROUP BY person_id) c"
          + " ON c.person_id = st.person_id"
          + " GROUP BY %1$s ORDER BY %1$s";

  /** The kinds of school the standing's rows are (type and language). */
  private static final String BY_KIND = "s.school_type, s.language";

  private static final String IN_CITY =
      "AND sc.city_id IN (SELECT ci.id FROM city ci WHERE ci.code = ?)";

  /**
   * The grants of a period that still stand (credential not revoked), counted in the school of
   * their holder's staff assignment of the school year (the first school, as the standing counts).
   */
  private static final String GRANTS =
      "SELECT %1$s, st.school_id, COUNT(*), 0, 0 FROM badge_grant g"
          + " LEFT JOIN badge_credential bc ON bc.grant_id = g.id"
          + " JOIN (SELECT a.person_id, MIN(a.school_id) AS school_id FROM school_assignment a"
          + "   WHERE a.school_year = ? AND a.school_role IN ('TEACHER', 'PRINCIPAL')"
          + "   GROUP BY a.person_id) st ON st.person_id = g.holder_id"
          + " WHERE bc.revoked_at IS NULL AND %2$s%3$s"
          + " GROUP BY %1$s, st.school_id";

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
    return standing(year, IN_CITY, cityCode);
  }

  public Standing network(@NotNull SchoolYear year) {
    access.requireAdmin();
    return standing(year, "", null);
  }

  /**
   * The standing school by school in the city (null: the network), for the dashboards to group by
   * city, type or language: one query.
   */
  public List<SchoolStanding> bySchool(String cityCode, @NotNull SchoolYear year) {
    access.requireFiguresOf(cityCode);
    return rows("s.id", year, cityCode == null ? "" : IN_CITY, cityCode).stream()
        .map(
            row ->
                new SchoolStanding(
                    count(row[0]), count(row[1]), count(row[2]), count(row[3]), count(row[4])))
        .toList();
  }

  /**
   * The badges granted in each period that still stand, school by school in the city (null: the
   * network), each in its holder's school of the school year.
   */
  public List<PeriodTally> grantsBySchool(
      String cityCode, @NotNull SchoolYear year, @NotNull Periods periods) {
    access.requireFiguresOf(cityCode);
    Query query =
        em.createNativeQuery(
            String.format(
                GRANTS,
                periods.indexOf("g.granted_at"),
                periods.within("g.granted_at"),
                cityCode == null ? "" : SchoolTally.inCity("st.school_id")));
    query.setParameter(1, year.startYear());
    if (cityCode != null) {
      query.setParameter(2, cityCode);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(PeriodTally::of).toList();
  }

  private Standing standing(SchoolYear year, String scope, Object scopeValue) {
    List<Object[]> rows = rows(BY_KIND, year, scope, scopeValue);
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

  private List<Object[]> rows(String groups, SchoolYear year, String scope, Object scopeValue) {
    Query query = em.createNativeQuery(String.format(STANDING, groups, scope));
    int position = 1;
    query.setParameter(position++, year.startYear());
    if (scopeValue != null) {
      query.setParameter(position++, scopeValue);
    }
    query.setParameter(position, Timestamp.valueOf(year.lastDay().plusDays(1).atStartOfDay()));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows;
  }

  /** A count as the database gives it: a long, a big decimal (a sum), or null (no rows). */
  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
