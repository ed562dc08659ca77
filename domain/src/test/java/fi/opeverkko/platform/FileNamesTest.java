package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  @DisplayName("Folders, markup, control characters and hidden-file dots go; letters stay")
  void cleaned() {
    assertEquals("passwd", FileNames.clean("../../etc/passwd"));
    assertEquals("todistus.pdf", FileNames.clean("C:\\Users\\Olli\\todistus.pdf"));
    assertEquals("img onerror_x_.pdf", FileNames.clean("<img onerror=x>.pdf"));
    assertEquals("script_.pdf", FileNames.clean("<script>alert(1)</script>.pdf"));
    assertEquals("a_b.pdf", FileNames.clean("a\r\nb.pdf"));
    assertEquals("htaccess", FileNames.clean(".htaccess"));
    assertEquals(
        "Äidinkieli ja kirjallisuus.docx", FileNames.clean("Äidinkieli  ja kirjallisuus.docx"));
    assertEquals("file", FileNames.clean(null));
    assertEquals("file", FileNames.clean(" ... "));
    assertEquals("a_b.png", FileNames.clean("a\"';&|b.png"));
  }

  @Test
  @DisplayName("A long name is cut to 100 characters, keeping its extension")
  void longNamesCut() {
    String cut = FileNames.clean("x".repeat(300) + ".pdf");
    assertEquals(FileNames.MAX_LENGTH, cut.length());
    assertTrue(cut.endsWith("x.pdf"));
  }

  @Test
  @DisplayName("The type's extension is added when the name does not end in one of them")
  void extensionOfTheType() {
    List<String> jpeg = List.of(".jpg", ".jpeg", ".jpe");
    assertEquals("kuva.JPEG", FileNames.withExtension("kuva.JPEG", jpeg));
    assertEquals("kuva.png.jpg", FileNames.withExtension("kuva.png", jpeg));
    assertEquals(FileNames.MAX_LENGTH, FileNames.withExtension("y".repeat(100), jpeg).length());
  }
}
