package fi.opeverkko.network;

import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.platform.Table;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The registry's tables for export as CSV or XLSX. Schools, people and assignments come out in the
 * columns {@link NetworkImport} reads, so an export as CSV can be edited and imported back.
 */
@Stateless
public class NetworkExportService {

  @PersistenceContext private EntityManager em;
  @Inject private NetworkScope scope;

  /** Every school of a city, closed ones included, for its coordinator or an admin. */
  public Table schoolsOfCity(@NotNull String cityCode) {
    City city = scope.cityInScope(cityCode);
    return table(
        ImportKind.SCHOOLS.columns(),
        em.createNamedQuery(School.IN_CITY, School.class)
            .setParameter("city", city)
            .getResultStream()
            .map(
                school ->
                    Arrays.asList(
                        school.getNameFi(),
                        school.getNameSv(),
                        school.getType(),
                        school.getLanguage(),
                        school.getAddress(),
                        school.isActive())));
  }

  /** Every person of a city. */
  public Table peopleOfCity(@NotNull String cityCode) {
    City city = scope.cityInScope(cityCode);
    return table(
        ImportKind.PEOPLE.columns(),
        em.createNamedQuery(Person.IN_CITY, Person.class)
            .setParameter("city", city)
            .getResultStream()
            .map(
                person ->
                    Arrays.asList(
                        person.getFirstName(),
                        person.getLastName(),
                        person.getEmail(),
                        person.getPhone(),
                        person.getLanguages().stream()
                            .map(Enum::name)
                            .collect(Collectors.joining(",")))));
  }

  /** Who is what in the city's schools in a school year. */
  public Table assignmentsOfCity(@NotNull String cityCode, @NotNull SchoolYear year) {
    City city = scope.cityInScope(cityCode);
    return table(
        ImportKind.ASSIGNMENTS.columns(),
        em.createNamedQuery(SchoolAssignment.ACTIVE_IN_CITY_IN_YEAR, SchoolAssignment.class)
            .setParameter("city", city)
            .setParameter("year", year)
            .getResultStream()
            .map(
                assignment ->
                    Arrays.asList(
                        assignment.getSchool().getNameFi(),
                        assignment.getPerson().getEmail(),
                        assignment.getRole(),
                        year.startYear())));
  }

  private static Table table(List<String> columns, Stream<? extends List<?>> rows) {
    return new Table(columns, rows.toList());
  }
}
