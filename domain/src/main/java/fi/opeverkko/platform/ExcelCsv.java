package fi.opeverkko.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV the way Finnish Excel reads and writes it: UTF-8 with a byte order mark, semicolons between
 * fields, a header row. Every export of the portal is written with it, and the imports read it.
 */
public final class ExcelCsv {

  /** Excel takes a file as UTF-8 only when it starts with a byte order mark. */
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  public static final CSVFormat FORMAT =
      CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

  private ExcelCsv() {}

  /** A file with the header and the rows; a null value is an empty cell. */
  public static byte[] write(List<String> header, Stream<? extends List<?>> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      writer.write(BYTE_ORDER_MARK);
      try (CSVPrinter csv =
          FORMAT.builder().setHeader(header.toArray(String[]::new)).get().print(writer)) {
        for (List<?> row : rows.toList()) {
          csv.printRecord(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
