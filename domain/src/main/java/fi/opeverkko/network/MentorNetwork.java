package fi.opeverkko.network;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.platform.Conditions;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.platform.Table;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;

/**
 * The upper-secondary mentors of Helsinki, Espoo and Vantaa: one network across the three cities.
 * Every city's coordinator and every mentor reads all of it; each city edits only its own mentors
 * (through {@link AssignmentService}).
 */
@Stateless
@Published
public class MentorNetwork {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  /** One page of the network's mentors in a school year, by city and school. */
  public List<SchoolAssignment> mentors(
      String cityCode, String text, @NotNull SchoolYear year, int first, int pageSize) {
    return conditions(cityCode, text, year)
        .query(
            em,
            "SELECT a FROM SchoolAssignment a JOIN FETCH a.person p JOIN FETCH a.school s"
                + " JOIN FETCH s.city c",
            " ORDER BY c.code, s.nameFi, p.lastName",
            SchoolAssignment.class)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
  }

  public long count(String cityCode, String text, @NotNull SchoolYear year) {
    return conditions(cityCode, text, year)
        .query(
            em,
            "SELECT COUNT(a) FROM SchoolAssignment a JOIN a.person p JOIN a.school s JOIN s.city c",
            "",
            Long.class)
        .getSingleResult();
  }

  /** The cities the network spans, to narrow the list by. */
  public List<City> cities() {
    currentUser.require(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR, PortalRole.MENTOR);
    return em.createNamedQuery(City.ALL, City.class).getResultList();
  }

  /** The whole network in a school year, for export. */
  public Table export(@NotNull SchoolYear year) {
    return new Table(
        List.of("city", "school", "first_name", "last_name", "email", "phone"),
        mentors(null, null, year, 0, Integer.MAX_VALUE).stream()
            .map(
                a ->
                    Arrays.asList(
                        a.getSchool().getCity().getCode(),
                        a.getSchool().getNameFi(),
                        a.getPerson().getFirstName(),
                        a.getPerson().getLastName(),
                        a.getPerson().getEmail(),
                        a.getPerson().getPhone()))
            .toList());
  }

  private Conditions conditions(String cityCode, String text, SchoolYear year) {
    currentUser.require(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR, PortalRole.MENTOR);
    return new Conditions()
        .and("a.role = fi.opeverkko.network.SchoolRole.MENTOR")
        .and("a.schoolYear = :year", "year", year)
        .and("s.active = TRUE")
        .and("c.code = :city", "city", cityCode == null || cityCode.isBlank() ? null : cityCode)
        .and(
            // The school by either of its names: the Swedish pages show the Swedish one.
            "(LOWER(p.lastName) LIKE :text OR LOWER(p.firstName) LIKE :text"
                + " OR LOWER(s.nameFi) LIKE :text OR LOWER(s.nameSv) LIKE :text)",
            "text",
            Conditions.containing(text));
  }
}
