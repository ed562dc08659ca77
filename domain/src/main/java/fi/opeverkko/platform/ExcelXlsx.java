package fi.opeverkko.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel workbook (XLSX) of one sheet: a header and rows, numbers kept as numbers so that the
 * reader can sum and chart them. Text goes in as text, never as a formula, whatever it starts with.
 */
public final class ExcelXlsx {

  private ExcelXlsx() {}

  /** A workbook with the header and the rows; a null value is an empty cell. */
  public static byte[] write(
      String sheetName, List<String> header, Stream<? extends List<?>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet(sheetName);
      write(sheet.createRow(0), header);
      int next = 1;
      for (List<?> values : rows.toList()) {
        write(sheet.createRow(next++), values);
      }
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value instanceof Number number) {
        row.createCell(i).setCellValue(number.doubleValue());
      } else if (value != null) {
        row.createCell(i).setCellValue(value.toString());
      }
    }
  }
}
