package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExcelXlsxTest {

  @Test
  @DisplayName(
      "Numbers stay numbers, text stays text (a formula too), a null leaves the cell empty")
  void writes() throws IOException {
    byte[] file =
        ExcelXlsx.write(
            "Osallistuminen",
            List.of("Koulu", "Osuus"),
            Stream.of(List.of("=SUM(A1)", 12.5), Arrays.asList("Kallio", null)));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      XSSFSheet sheet = workbook.getSheet("Osallistuminen");
      assertEquals("Osuus", sheet.getRow(0).getCell(1).getStringCellValue());
      assertEquals(CellType.STRING, sheet.getRow(1).getCell(0).getCellType());
      assertEquals("=SUM(A1)", sheet.getRow(1).getCell(0).getStringCellValue());
      assertEquals(12.5, sheet.getRow(1).getCell(1).getNumericCellValue());
      assertEquals(null, sheet.getRow(2).getCell(1));
    }
  }
}
