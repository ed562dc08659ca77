package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExcelXlsxTest {

  private static XSSFSheet only(byte[] file) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      return workbook.getSheetAt(0);
    }
  }

  @Test
  @DisplayName(
      "Numbers stay numbers, text stays text (a formula too), a null leaves the cell empty")
  void writes() throws IOException {
    byte[] file =
        ExcelXlsx.write(
            List.of(
                new ExcelXlsx.Sheet(
                    "Osallistuminen",
                    List.of("Koulu", "Osuus"),
                    List.of(List.of("=SUM(A1)", 12.5), Arrays.asList("Kallio", null)))));
    XSSFSheet sheet = only(file);
    assertEquals("Osallistuminen", sheet.getSheetName());
    assertEquals("Osuus", sheet.getRow(0).getCell(1).getStringCellValue());
    assertEquals(CellType.STRING, sheet.getRow(1).getCell(0).getCellType());
    assertEquals("=SUM(A1)", sheet.getRow(1).getCell(0).getStringCellValue());
    assertEquals(12.5, sheet.getRow(1).getCell(1).getNumericCellValue());
    assertEquals(null, sheet.getRow(2).getCell(1));
  }

  @Test
  @DisplayName(
      "Dates are dates with a date format, truth values Excel's own; the header row is bold and"
          + " frozen and a column as wide as its longest value")
  void typesFrozenHeaderAndWidths() throws IOException {
    LocalDate day = LocalDate.of(2026, 3, 15);
    LocalDateTime time = LocalDateTime.of(2026, 3, 15, 9, 30);
    XSSFSheet sheet =
        only(
            ExcelXlsx.write(
                List.of(
                    new ExcelXlsx.Sheet(
                        "Käynnit",
                        List.of("Pyydetty", "Alkaa", "Myöhässä", "Koulu"),
                        List.of(List.of(day, time, true, "Kallion peruskoulu, Helsinki"))))));
    XSSFCell requested = sheet.getRow(1).getCell(0);
    assertEquals(CellType.NUMERIC, requested.getCellType());
    assertTrue(
        DateUtil.isCellDateFormatted(requested), requested.getCellStyle().getDataFormatString());
    assertEquals(day.atStartOfDay(), requested.getLocalDateTimeCellValue());
    XSSFCell starts = sheet.getRow(1).getCell(1);
    assertTrue(DateUtil.isCellDateFormatted(starts));
    assertEquals(time, starts.getLocalDateTimeCellValue());
    assertEquals(CellType.BOOLEAN, sheet.getRow(1).getCell(2).getCellType());
    assertTrue(sheet.getRow(1).getCell(2).getBooleanCellValue());

    PaneInformation pane = sheet.getPaneInformation();
    assertTrue(pane.isFreezePane());
    assertEquals(1, pane.getHorizontalSplitPosition(), "the header row stays in sight");
    assertEquals(0, pane.getVerticalSplitPosition());
    assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold());
    assertEquals(
        ("Kallion peruskoulu, Helsinki".length() + 2) * 256,
        sheet.getColumnWidth(3),
        "as wide as the longest value");
  }
}
