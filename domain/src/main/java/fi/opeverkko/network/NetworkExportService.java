package fi.opeverkko.network;

import fi.opeverkko.platform.ExcelCsv;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The registry's tables as CSV the way Finnish Excel reads and writes it: UTF-8 with a byte order
 * mark, semicolons between fields, a header row. Schools, people and assignments come out in the
 * columns {@link NetworkImport} reads, so an export can be edited and imported back.
 */
@Stateless
public class NetworkExportService {

  @PersistenceContext private EntityManager em;
  @Inject private NetworkScope scope;

  /** Every school of a city, closed ones included, for its coordinator or an admin. */
  public byte[] schoolsOfCity(@NotNull String cityCode) {
    City city = scope.cityInScope(cityCode);
    return ExcelCsv.write(
        ImportKind.SCHOOLS.columns(),
        em.createNamedQuery(School.IN_CITY, School.class)
            .setParameter("city", city)
            .getResultStream()
            .map(
                school ->
                    List.of(
                        school.getNameFi(),
                        school.getNameSv(),
                        school.getType(),
                        school.getLanguage(),
                        nullToEmpty(school.getAddress()),
                        school.isActive())));
  }

  /** Every person of a city. */
  public byte[] peopleOfCity(@NotNull String cityCode) {
    City city = scope.cityInScope(cityCode);
    return ExcelCsv.write(
        ImportKind.PEOPLE.columns(),
        em.createNamedQuery(Person.IN_CITY, Person.class)
            .setParameter("city", city)
            .getResultStream()
            .map(
                person ->
                    List.of(
                        person.getFirstName(),
                        person.getLastName(),
                        nullToEmpty(person.getEmail()),
                        nullToEmpty(person.getPhone()),
                        person.getLanguages().stream()
                            .map(Enum::name)
                            .collect(Collectors.joining(",")))));
  }

  /** Who is what in the city's schools in a school year. */
  public byte[] assignmentsOfCity(@NotNull String cityCode, @NotNull SchoolYear year) {
    City city = scope.cityInScope(cityCode);
    return ExcelCsv.write(
        ImportKind.ASSIGNMENTS.columns(),
        em.createNamedQuery(SchoolAssignment.ACTIVE_IN_CITY_IN_YEAR, SchoolAssignment.class)
            .setParameter("city", city)
            .setParameter("year", year)
            .getResultStream()
            .map(
                assignment ->
                    List.of(
                        assignment.getSchool().getNameFi(),
                        nullToEmpty(assignment.getPerson().getEmail()),
                        assignment.getRole(),
                        year.startYear())));
  }

  static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
