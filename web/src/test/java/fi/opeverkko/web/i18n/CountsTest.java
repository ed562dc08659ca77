package fi.opeverkko.web.i18n;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts in messages read as the language says them: one row, two rows. */
class CountsTest {

  private static String format(String language, String key, Object... arguments) {
    Locale locale = Locale.forLanguageTag(language);
    ResourceBundle bundle = ResourceBundle.getBundle("fi.opeverkko.web.i18n.messages", locale);
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  @ParameterizedTest
  @CsvSource({
    "fi, 1, 1 virheellinen rivi",
    "fi, 2, 2 virheellistä riviä",
    "sv, 1, 1 felaktig rad",
    "sv, 2, 2 felaktiga rader",
    "en, 1, 1 invalid row",
    "en, 2, 2 invalid rows"
  })
  @DisplayName("The import preview counts invalid rows in the singular and the plural")
  void invalidRows(String language, int invalid, String expected) {
    String summary = format(language, "import.summaryInvalid", 3, invalid);
    assertTrue(summary.contains(expected), summary);
    assertTrue(format(language, "import.notValid", invalid).contains(expected), language);
  }

  @ParameterizedTest
  @CsvSource({
    "fi, 1, 1 rivi tuotiin",
    "fi, 1250, 1\u00a0250 riviä tuotiin",
    "sv, 1, 1 rad importerades",
    "en, 1, 1 row imported",
    "en, 2, 2 rows imported"
  })
  @DisplayName("An import says how many rows it brought, in the singular and the plural")
  void importedRows(String language, int rows, String expected) {
    String done = format(language, "import.done", rows);
    assertTrue(done.contains(expected), done);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fi | 0 | 0 | ei vapaita paikkoja",
        "fi | 1 | 0 | 1 paikka vapaana",
        "fi | 3 | 6 | 3 paikkaa vapaana, 6 varasijalla",
        "sv | 1 | 0 | 1 ledig plats",
        "sv | 0 | 2 | inga lediga platser, 2 på reservlistan",
        "en | 1 | 0 | 1 place left",
        "en | 12 | 0 | 12 places left"
      })
  @DisplayName("The course list counts places left in the singular and the plural")
  void placesLeft(String language, int free, int waiting, String expected) {
    String key = waiting > 0 ? "courses.placesAndWaitlist" : "courses.placesLeft";
    assertEquals(expected, format(language, key, free, waiting));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("Every message of the bundles is a valid message pattern")
  void everyPatternParses(String language) {
    ResourceBundle bundle =
        ResourceBundle.getBundle("fi.opeverkko.web.i18n.messages", Locale.forLanguageTag(language));
    for (String key : bundle.keySet()) {
      assertDoesNotThrow(() -> new MessageFormat(bundle.getString(key)), key);
    }
  }
}
