package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExcelCsvTest {

  @Test
  @DisplayName("UTF-8 with a byte order mark, semicolons, CRLF, quotes where needed")
  void finnishExcelFormat() {
    String csv =
        new String(
            ExcelCsv.write(new Table(List.of("a", "b"), List.of(List.of("Päivi; Pää", 3)))),
            StandardCharsets.UTF_8);
    assertEquals("\uFEFFa;b\r\n\"Päivi; Pää\";3\r\n", csv);
  }

  @Test
  @DisplayName("Decimals have a decimal comma, as Finnish and Swedish Excel read numbers")
  void decimalComma() {
    String csv =
        new String(
            ExcelCsv.write(new Table(List.of("hours"), List.of(List.of(new BigDecimal("1.75"))))),
            StandardCharsets.UTF_8);
    assertEquals("\uFEFFhours\r\n1,75\r\n", csv);
  }

  @Test
  @DisplayName("A cell Excel would run as a formula is written as text, and read back as it was")
  void formulasAreWrittenAsText() {
    String csv =
        new String(
            ExcelCsv.write(
                new Table(
                    List.of("name", "phone"),
                    List.of(List.of("=HYPERLINK(\"http://evil\")", "+358 40 123 4567")))),
            StandardCharsets.UTF_8);
    assertEquals(
        "\uFEFFname;phone\r\n\"'=HYPERLINK(\"\"http://evil\"\")\";'+358 40 123 4567\r\n", csv);
    assertEquals("+358 40 123 4567", ExcelCsv.unmarked("'+358 40 123 4567"));
    assertEquals("'quoted", ExcelCsv.unmarked("'quoted"));
  }

  @Test
  @DisplayName("Finnish Excel's 'CSV (semicolon separated)' in Windows-1252 reads with its ä and ö")
  void windows1252() {
    byte[] file = "nimi;kieli\r\nPäivölän koulu;FI\r\n".getBytes(Charset.forName("windows-1252"));
    ExcelCsv.Sheet sheet = ExcelCsv.read(file);
    assertEquals(List.of("nimi", "kieli"), sheet.header());
    assertEquals(List.of(List.of("Päivölän koulu", "FI")), sheet.rows());
  }

  @Test
  @DisplayName("UTF-8 with or without a byte order mark is UTF-8; the mark is no part of a cell")
  void utf8WithAndWithoutMark() {
    byte[] plain = "nimi;kieli\nÅbo Päivölä;SV\n".getBytes(StandardCharsets.UTF_8);
    byte[] marked = ("\uFEFF" + "nimi;kieli\nÅbo Päivölä;SV\n").getBytes(StandardCharsets.UTF_8);
    for (byte[] file : List.of(plain, marked)) {
      ExcelCsv.Sheet sheet = ExcelCsv.read(file);
      assertEquals("nimi", sheet.header().get(0));
      assertEquals(List.of(List.of("Åbo Päivölä", "SV")), sheet.rows());
    }
  }

  @Test
  @DisplayName("Commas separate when the header uses commas; CRLF and empty lines are fine")
  void commaSeparated() {
    byte[] file =
        "name,languages\r\n\r\n\"Virtanen, Ville\",\"FI;SV\"\r\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of(List.of("Virtanen, Ville", "FI;SV")), ExcelCsv.read(file).rows());
  }

  @Test
  @DisplayName("A row keeps as many cells as it has: too few or too many are not cut or padded")
  void shortAndLongRows() {
    byte[] file = "a;b;c\r\n1;2\r\n1;2;3;4\r\n1;2;3\r\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        List.of(List.of("1", "2"), List.of("1", "2", "3", "4"), List.of("1", "2", "3")),
        ExcelCsv.read(file).rows());
  }

  @Test
  @DisplayName("What the portal exports, it imports: the text mark of a formula-like cell goes")
  void exportReadsBack() {
    byte[] file =
        ExcelCsv.write(new Table(List.of("name", "phone"), List.of(List.of("Pää", "+358 40 1"))));
    assertEquals(List.of(List.of("Pää", "+358 40 1")), ExcelCsv.read(file).rows());
  }
}
