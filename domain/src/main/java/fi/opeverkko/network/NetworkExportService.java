package fi.opeverkko.network;

import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The registry's tables as CSV the way Finnish Excel reads and writes it: UTF-8 with a byte order
 * mark, semicolons between fields, a header row. Schools, people and assignments come out in the
 * columns {@link NetworkImport} reads, so an export can be edited and imported back.
 */
@Stateless
public class NetworkExportService {

  /** Excel takes a file as UTF-8 only when it starts with a byte order mark. */
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  static final CSVFormat FINNISH_EXCEL =
      CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

  @PersistenceContext private EntityManager em;
  @Inject private NetworkScope scope;

  /** Every school of a city, closed ones included, for its coordinator or an admin. */
  public byte[] schoolsOfCity(@NotNull String cityCode) {
    City city = scope.cityInScope(cityCode);
    return csv(
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
    return csv(
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
    return csv(
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

  /** A CSV file for Finnish Excel with the header and the rows. */
  static byte[] csv(List<String> header, Stream<? extends List<?>> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      writer.write(BYTE_ORDER_MARK);
      try (CSVPrinter csv =
          FINNISH_EXCEL.builder().setHeader(header.toArray(String[]::new)).get().print(writer)) {
        for (List<?> row : rows.toList()) {
          csv.printRecord(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
