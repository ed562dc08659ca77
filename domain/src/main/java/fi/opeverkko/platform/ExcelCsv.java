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

  /** What makes Excel read a cell as a formula: such a cell is written as text. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  /** Excel's mark of text, which it does not show: {@code '=1+1} is the text {@code =1+1}. */
  private static final char TEXT_MARK = '\'';

  private ExcelCsv() {}

  /**
   * A value as Excel must read it: a cell that Excel would take for a formula ({@code
   * =HYPERLINK(…)} in somebody's name) is marked as text, so an export cannot run code on the
   * reader's machine.
   */
  static Object cell(Object value) {
    if (value instanceof String text
        && !text.isEmpty()
        && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      return TEXT_MARK + text;
    }
    return value;
  }

  /** A cell read from a file, without the text mark {@link #cell} put there. */
  public static String unmarked(String cell) {
    return cell.length() > 1
            && cell.charAt(0) == TEXT_MARK
            && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
        ? cell.substring(1)
        : cell;
  }

  /** A file with the header and the rows; a null value is an empty cell. */
  public static byte[] write(List<String> header, Stream<? extends List<?>> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      writer.write(BYTE_ORDER_MARK);
      try (CSVPrinter csv =
          FORMAT.builder().setHeader(header.toArray(String[]::new)).get().print(writer)) {
        for (List<?> row : rows.toList()) {
          csv.printRecord(row.stream().map(ExcelCsv::cell).toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
