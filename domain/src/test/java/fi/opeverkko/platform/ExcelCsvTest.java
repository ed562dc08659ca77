package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExcelCsvTest {

  @Test
  @DisplayName("UTF-8 with a byte order mark, semicolons, CRLF, quotes where needed")
  void finnishExcelFormat() {
    String csv =
        new String(
            ExcelCsv.write(List.of("a", "b"), Stream.of(List.of("Päivi; Pää", 3))),
            StandardCharsets.UTF_8);
    assertEquals("\uFEFFa;b\r\n\"Päivi; Pää\";3\r\n", csv);
  }

  @Test
  @DisplayName("A cell Excel would run as a formula is written as text, and read back as it was")
  void formulasAreWrittenAsText() {
    String csv =
        new String(
            ExcelCsv.write(
                List.of("name", "phone"),
                Stream.of(List.of("=HYPERLINK(\"http://evil\")", "+358 40 123 4567"))),
            StandardCharsets.UTF_8);
    assertEquals(
        "\uFEFFname;phone\r\n\"'=HYPERLINK(\"\"http://evil\"\")\";'+358 40 123 4567\r\n", csv);
    assertEquals("+358 40 123 4567", ExcelCsv.unmarked("'+358 40 123 4567"));
    assertEquals("'quoted", ExcelCsv.unmarked("'quoted"));
  }
}
