package fi.opeverkko.network;

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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The registry's tables as CSV the way Finnish Excel reads and writes it: UTF-8 with a byte order
 * mark, semicolons between fields, a header row.
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
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      writer.write(BYTE_ORDER_MARK);
      try (CSVPrinter csv =
          FINNISH_EXCEL
              .builder()
              .setHeader("name_fi", "name_sv", "type", "language", "address", "active")
              .get()
              .print(writer)) {
        for (School school :
            em.createNamedQuery(School.IN_CITY, School.class)
                .setParameter("city", city)
                .getResultList()) {
          csv.printRecord(
              school.getNameFi(),
              school.getNameSv(),
              school.getType(),
              school.getLanguage(),
              school.getAddress(),
              school.isActive());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
