package fi.opeverkko.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel workbook (XLSX): sheets of a header and rows, numbers kept as numbers so that the reader
 * can sum and chart them, dates as dates and truth values as Excel's own, the header row bold and
 * frozen, each column as wide as its longest text. Text goes in as text, never as a formula,
 * whatever it starts with.
 */
public final class ExcelXlsx {

  /** What a workbook is, for the browser. */
  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Excel's widest column, in characters. */
  private static final int WIDEST = 80;

  /**
   * Excel's built-in short date ("m/d/yy"), which Excel shows in the reader's own regional format
   * (15.3.2026 in Finland), and the same with hours and minutes.
   */
  private static final short SHORT_DATE = 14;

  private static final short SHORT_DATE_TIME = 22;

  /**
   * One sheet of a workbook.
   *
   * @param name its tab's name; Excel's forbidden characters are replaced, 31 characters at most
   */
  public record Sheet(String name, List<String> header, List<? extends List<?>> rows) {

    public Sheet {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }
  }

  private ExcelXlsx() {}

  /** A workbook of the sheets, in their order; a null value is an empty cell. */
  public static byte[] write(List<Sheet> sheets) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Styles styles = new Styles(styleOf(workbook, SHORT_DATE), styleOf(workbook, SHORT_DATE_TIME));
      for (Sheet content : sheets) {
        XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(content.name()));
        Row header = sheet.createRow(0);
        write(header, content.header(), styles);
        header.forEach(cell -> cell.setCellStyle(bold));
        sheet.createFreezePane(0, 1);
        int next = 1;
        for (List<?> values : content.rows()) {
          write(sheet.createRow(next++), values, styles);
        }
        widen(sheet, content);
      }
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cell styles of a workbook's dates. */
  private record Styles(CellStyle date, CellStyle dateTime) {}

  private static CellStyle styleOf(XSSFWorkbook workbook, short builtInFormat) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(builtInFormat);
    return style;
  }

  private static void write(Row row, List<?> values, Styles styles) {
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value instanceof Number number) {
        row.createCell(i).setCellValue(number.doubleValue());
      } else if (value instanceof Boolean truth) {
        row.createCell(i).setCellValue(truth);
      } else if (value instanceof LocalDate date) {
        Cell cell = row.createCell(i);
        cell.setCellValue(date);
        cell.setCellStyle(styles.date());
      } else if (value instanceof LocalDateTime time) {
        Cell cell = row.createCell(i);
        cell.setCellValue(time);
        cell.setCellStyle(styles.dateTime());
      } else if (value != null) {
        row.createCell(i).setCellValue(value.toString());
      }
    }
  }

  /** Each column as wide as its longest header or value, measured in characters (no fonts). */
  private static void widen(XSSFSheet sheet, Sheet content) {
    for (int column = 0; column < content.header().size(); column++) {
      int widest = content.header().get(column).length();
      for (List<?> values : content.rows()) {
        Object value = column < values.size() ? values.get(column) : null;
        widest = Math.max(widest, value == null ? 0 : value.toString().length());
      }
      sheet.setColumnWidth(column, Math.min(WIDEST, widest + 2) * 256);
    }
  }
}
