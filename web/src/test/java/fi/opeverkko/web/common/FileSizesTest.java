package fi.opeverkko.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileSizesTest {

  @ParameterizedTest
  @CsvSource({"0, 0", "1, 1", "45, 1", "1024, 1", "1025, 2", "10485760, 10240"})
  @DisplayName("A size is whole kilobytes rounded up: a file of 45 bytes is 1 kt, not 0")
  void roundsUp(long bytes, long kilobytes) {
    assertEquals(kilobytes, new FileSizes().kilobytes(bytes));
  }

  @ParameterizedTest
  @CsvSource({"fi, 45, 1 kt", "sv, 45, 1 kB", "en, 45, 1 kB", "fi, 2000000, 1\u00a0954 kt"})
  @DisplayName("A size reads in the page's language, with its unit and digit grouping")
  void inTheLanguage(String language, long bytes, String expected) {
    Locale locale = Locale.forLanguageTag(language);
    String pattern =
        ResourceBundle.getBundle("fi.opeverkko.web.i18n.messages", locale).getString("file.size");
    assertEquals(
        expected,
        new MessageFormat(pattern, locale).format(new Object[] {new FileSizes().kilobytes(bytes)}));
  }
}
