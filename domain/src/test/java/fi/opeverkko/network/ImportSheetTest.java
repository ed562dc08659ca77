package fi.opeverkko.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImportSheetTest {

  private static ImportSheet read(String csv) {
    return ImportSheet.read(ImportKind.ASSIGNMENTS, csv.getBytes(StandardCharsets.UTF_8));
  }

  private static String fileError(ImportSheet sheet) {
    assertTrue(sheet.lines().isEmpty());
    return sheet.fileErrors().get(0).messageKey();
  }

  @Test
  @DisplayName("Cells come in the kind's column order, whatever order the header names them in")
  void cellsInTheKindsOrder() {
    ImportSheet sheet = read("ROLE;School;school_year;email\r\ntutor;Koulu;2026;a@b.fi\r\n");
    assertEquals(List.of(), sheet.fileErrors());
    ImportSheet.Line line = sheet.lines().get(0);
    assertEquals(2, line.number());
    assertEquals(List.of("Koulu", "a@b.fi", "tutor", "2026"), line.values());
    assertTrue(line.fits());
  }

  @Test
  @DisplayName("A row with a cell too many or too few is kept as it is, with the counts")
  void cellCountNamed() {
    ImportSheet sheet = read("school;email;role;school_year\nKoulu;a@b.fi;tutor\n");
    ImportSheet.Line line = sheet.lines().get(0);
    assertEquals(List.of("Koulu", "a@b.fi", "tutor"), line.values());
    FieldError error = line.shapeErrors().get(0);
    assertEquals(ImportSheet.CELLS, error.field());
    assertEquals("import.cellCount", error.messageKey());
    assertEquals(List.of(3, 4), List.of(error.arguments()));
  }

  @Test
  @DisplayName("A file missing a column, naming one twice or without rows is refused as a whole")
  void fileErrors() {
    assertEquals("import.missingColumns", fileError(read("school;email\nKoulu;a@b.fi\n")));
    assertEquals(
        "import.unreadable",
        fileError(read("school;email;role;school_year;email\nK;a;t;2026;a\n")));
    assertEquals("import.empty", fileError(read("school;email;role;school_year\n")));
  }

  @Test
  @DisplayName("A file of more rows than a city has people is refused; exactly the limit is read")
  void rowLimit() {
    String header = "school;email;role;school_year\n";
    String row = "Koulu;a@b.fi;tutor;2026\n";
    assertEquals(
        ImportSheet.MAX_ROWS, read(header + row.repeat(ImportSheet.MAX_ROWS)).lines().size());
    assertEquals(
        "import.tooManyRows", fileError(read(header + row.repeat(ImportSheet.MAX_ROWS + 1))));
  }
}
