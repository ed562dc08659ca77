package fi.opeverkko.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.SchoolYear;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The pack's files from a dashboard of two cities, read back as a reader's tools read them. */
class PackFilesTest {

  private static final SchoolYear YEAR = new SchoolYear(2025);

  private final Dashboard dashboard =
      new Dashboard(
          YEAR,
          Grouping.CITY,
          null,
          null,
          List.of(
              row("ESPOO", new LocalizedName("Espoo", "Esbo", "Espoo"), 1200, 7),
              row("VANTAA", new LocalizedName("Vantaa", "Vanda", "Vantaa"), 800, 5)),
          row("", null, 2000, 12),
          List.of(
              new TermFigures(YEAR.previous(), false, 1, 2, 1, 4, 600, 3),
              new TermFigures(YEAR.previous(), true, 2, 3, 2, 9, 660, 4),
              new TermFigures(YEAR, false, 6, 4, 3, 13, 1200, 9),
              new TermFigures(YEAR, true, 6, 5, 0, 0, 0, 8)),
          LocalDateTime.of(2026, 5, 4, 10, 15));

  @Test
  @DisplayName("The workbook has a sheet per indicator, the figures as numbers, the header frozen")
  void workbook() throws IOException {
    List<Indicator> indicators = new PackIndicators(PackLanguage.SV.locale()).of(dashboard);
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(PackWorkbook.write(indicators)))) {
      assertEquals(6, workbook.getNumberOfSheets());
      Sheet levels = workbook.getSheetAt(0);
      assertEquals("Stad", levels.getRow(0).getCell(0).getStringCellValue());
      assertEquals("Esbo", levels.getRow(1).getCell(0).getStringCellValue());
      assertEquals(1200.0, levels.getRow(1).getCell(1).getNumericCellValue());
      assertEquals(50.0, levels.getRow(1).getCell(3).getNumericCellValue(), "600 of 1,200");
      assertEquals("Totalt", levels.getRow(3).getCell(0).getStringCellValue());
      assertEquals(12.0, workbook.getSheetAt(1).getRow(3).getCell(1).getNumericCellValue());
      assertEquals(1, levels.getPaneInformation().getHorizontalSplitPosition());
      assertTrue(levels.getColumnWidth(3) > levels.getColumnWidth(0), "widths from the texts");
      assertEquals(
          "Hösten 2025\u20132026",
          workbook.getSheetAt(5).getRow(3).getCell(0).getStringCellValue());
    }
  }

  @Test
  @DisplayName("The PDF reads back in its language, each chart's figures in a table")
  void pdf() throws IOException {
    PackIndicators finnish = new PackIndicators(PackLanguage.FI.locale());
    byte[] pdf =
        PackPdf.write(
            finnish.text("title", YEAR.label()),
            List.of(finnish.text("scope.network")),
            finnish.of(dashboard),
            PackLanguage.FI.locale());
    PdfReader reader = new PdfReader(pdf);
    StringBuilder text = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page));
    }
    reader.close();
    String read = text.toString();
    assertTrue(read.contains("Indikaattoripaketti 2025"), read);
    assertTrue(read.contains("Koko verkosto"), read);
    assertTrue(read.contains("Myönnetyt osaamismerkit"), read);
    assertTrue(read.contains("Yhteensä"), read);
    assertTrue(read.contains("Syksy 2025"), read);
  }

  private static DashboardRow row(String key, LocalizedName name, long staff, long grants) {
    return new DashboardRow(
        key, name, staff, staff / 2, staff / 4, staff / 10, grants, 3, 2, 8, 1, 600, 9, 4);
  }
}
