package fi.opeverkko.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Messages that a page puts side by side read as the language puts them together. */
class SentencesTest {

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        "fi.opeverkko.web.i18n.messages", Locale.forLanguageTag(language));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fi | Helsinki    | Osaaminen suhteessa tavoitteisiin, Helsinki, lukuvuosi 2026–2027",
        "sv | Helsingfors | Kompetens i förhållande till målen, Helsingfors, läsår 2026–2027",
        "en | Helsinki    | Competence against the targets, Helsinki, school year 2026–2027"
      })
  @DisplayName("The city's standing names the city before the school year")
  void cityBeforeYear(String language, String city, String expected) {
    String pattern = bundle(language).getString("standing.ofCity");
    assertEquals(
        expected,
        new MessageFormat(pattern, Locale.forLanguageTag(language))
            .format(new Object[] {"2026–2027", city}));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("The course page's places, waitlist and minimum are sentences, each with its stop")
  void coursePlacesAreSentences(String language) {
    for (String key : List.of("course.placesOf", "course.waitlist", "course.minimum")) {
      String text = bundle(language).getString(key);
      assertTrue(text.endsWith("."), language + " " + key + ": " + text);
    }
  }
}
