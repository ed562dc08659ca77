package fi.opeverkko.network;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who works in which school in a school year, for the contexts that count or choose among the
 * people of schools (competence: whose levels count toward a school's targets, which reviewers are
 * of the applicant's own school). Nothing is authorized here: the caller decides what it may show.
 */
@Published
@Stateless
public class TeachingStaff {

  /** The teaching staff the competence targets count: the teachers and the principals. */
  public static final Set<SchoolRole> ROLES = EnumSet.of(SchoolRole.TEACHER, SchoolRole.PRINCIPAL);

  @PersistenceContext private EntityManager em;

  /** Everybody with any role in the schools in the school year. */
  public Set<Long> peopleOf(@NotNull Collection<Long> schoolIds, @NotNull SchoolYear year) {
    if (schoolIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT a.person.id FROM SchoolAssignment a"
                    + " WHERE a.school.id IN :schools AND a.schoolYear = :year",
                Long.class)
            .setParameter("schools", schoolIds)
            .setParameter("year", year)
            .getResultList());
  }

  /** The schools in which the person holds one of the roles in the school year. */
  public Set<Long> schoolsOf(
      @NotNull Long personId, @NotNull Set<SchoolRole> roles, @NotNull SchoolYear year) {
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT a.school.id FROM SchoolAssignment a WHERE a.person.id = :person"
                    + " AND a.role IN :roles AND a.schoolYear = :year",
                Long.class)
            .setParameter("person", personId)
            .setParameter("roles", roles)
            .setParameter("year", year)
            .getResultList());
  }

  /**
   * Everybody with a role in the school in the school year, by name, for choosing among them (a
   * pilot project's teachers).
   */
  public List<StaffMember> membersOf(@NotNull Long schoolId, @NotNull SchoolYear year) {
    return em.createQuery(
            "SELECT DISTINCT p.id, p.lastName, p.firstName FROM SchoolAssignment a JOIN a.person p"
                + " WHERE a.school.id = :school AND a.schoolYear = :year"
                + " ORDER BY p.lastName, p.firstName, p.id",
            Object[].class)
        .setParameter("school", schoolId)
        .setParameter("year", year)
        .getResultStream()
        .map(row -> new StaffMember((Long) row[0], (String) row[2], (String) row[1]))
        .toList();
  }

  /** How many people the school's teaching staff has in the school year. */
  public long count(@NotNull Long schoolId, @NotNull SchoolYear year) {
    return em.createQuery(
            "SELECT COUNT(DISTINCT a.person.id) FROM SchoolAssignment a WHERE a.school.id = :school"
                + " AND a.role IN :roles AND a.schoolYear = :year",
            Long.class)
        .setParameter("school", schoolId)
        .setParameter("roles", ROLES)
        .setParameter("year", year)
        .getSingleResult();
  }

  /**
   * Every school's teaching staff in the school year, in one query: of the city, or of every city
   * when none is given; by city and name.
   */
  public List<SchoolStaff> bySchool(String cityCode, @NotNull SchoolYear year) {
    String city = cityCode == null ? "" : " AND a.school.city.code = :city";
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT a.school.id, a.school.nameFi, a.school.city.code, a.school.language,"
                + " COUNT(DISTINCT a.person.id) FROM SchoolAssignment a"
                + " WHERE a.role IN :roles AND a.schoolYear = :year"
                + city
                + " GROUP BY a.school.id, a.school.nameFi, a.school.city.code, a.school.language"
                + " ORDER BY a.school.city.code, a.school.nameFi",
            Object[].class);
    if (cityCode != null) {
      query.setParameter("city", cityCode);
    }
    return query
        .setParameter("roles", ROLES)
        .setParameter("year", year)
        .getResultStream()
        .map(
            row ->
                new SchoolStaff(
                    (Long) row[0],
                    (String) row[1],
                    (String) row[2],
                    (TeachingLanguage) row[3],
                    ((Number) row[4]).longValue()))
        .toList();
  }
}
