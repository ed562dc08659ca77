package fi.opeverkko.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV the way Finnish Excel reads and writes it: UTF-8 with a byte order mark, semicolons between
 * fields, a header row. Every export of the portal is written with it, and the imports read it,
 * together with what Excel writes when told to save "CSV (semicolon separated)": Windows-1252.
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

  /** Finnish Excel's "CSV (semicolon separated)" is in the Windows code page, not UTF-8. */
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private ExcelCsv() {}

  /**
   * The text of a file as Excel saved it: UTF-8 (with or without a byte order mark) when the bytes
   * are valid UTF-8, otherwise Windows-1252. A Windows-1252 file with Finnish letters is never
   * valid UTF-8 (an ä alone is the byte E4, which UTF-8 only allows before two continuation bytes),
   * and a file of plain ASCII reads the same either way.
   */
  static String decode(byte[] file) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(file))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      text = new String(file, WINDOWS_1252);
    }
    return text.startsWith(String.valueOf(BYTE_ORDER_MARK)) ? text.substring(1) : text;
  }

  /**
   * A file as its header row and data rows, every cell trimmed and without the text mark {@link
   * #cell} put there. The header row decides the separator: a semicolon as Finnish Excel writes, or
   * a comma as Excel in English and most other programs write. Lines may end in CRLF or LF; empty
   * lines are skipped. A row keeps exactly the cells it has, however many the header names.
   *
   * @throws IllegalArgumentException when the file is not CSV at all (an open quote, say)
   */
  public static Sheet read(byte[] file) {
    String text = decode(file);
    CSVFormat format =
        FORMAT
            .builder()
            .setDelimiter(separatorOf(text))
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();
    try (CSVParser parser = format.parse(new StringReader(text))) {
      List<List<String>> records =
          parser.stream().map(row -> row.stream().map(ExcelCsv::unmarked).toList()).toList();
      return records.isEmpty()
          ? new Sheet(List.of(), List.of())
          : new Sheet(records.get(0), records.subList(1, records.size()));
    } catch (IOException | UncheckedIOException broken) {
      throw new IllegalArgumentException("not CSV", broken);
    }
  }

  private static char separatorOf(String text) {
    int lineEnd = text.indexOf('\n');
    String header = lineEnd < 0 ? text : text.substring(0, lineEnd);
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    return commas > semicolons ? ',' : ';';
  }

  /**
   * A file read by {@link #read}.
   *
   * @param header the first row's cells
   * @param rows the other rows' cells, each row as long as the file had it
   */
  public record Sheet(List<String> header, List<List<String>> rows) {}

  /**
   * A value as Excel must read it: a cell that Excel would take for a formula ({@code
   * =HYPERLINK(…)} in somebody's name) is marked as text, so an export cannot run code on the
   * reader's machine. A decimal is written with a decimal comma, which Finnish and Swedish Excel
   * read as a number (1.75 would be a date or text to them).
   */
  static Object cell(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString().replace('.', ',');
    }
    if (value instanceof String text
        && !text.isEmpty()
        && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      return TEXT_MARK + text;
    }
    return value;
  }

  /** A cell read from a file, without the text mark {@link #cell} put there. */
  static String unmarked(String cell) {
    return cell.length() > 1
            && cell.charAt(0) == TEXT_MARK
            && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
        ? cell.substring(1)
        : cell;
  }

  /** A file of the table: its columns' names as the header; a null value is an empty cell. */
  public static byte[] write(Table table) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      writer.write(BYTE_ORDER_MARK);
      try (CSVPrinter csv =
          FORMAT.builder().setHeader(table.columns().toArray(String[]::new)).get().print(writer)) {
        for (List<?> row : table.rows()) {
          csv.printRecord(row.stream().map(ExcelCsv::cell).toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
