package fi.opeverkko.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A field's hint and the message refusing what was typed in it give the same examples. */
class HintsTest {

  private static final Pattern DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
  private static final Pattern TIME = Pattern.compile("\\d{1,2}[.:]\\d{2}");

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        "fi.opeverkko.web.i18n.messages", Locale.forLanguageTag(language));
  }

  private static List<String> examples(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    List<String> found = matcher.results().map(m -> m.group()).toList();
    assertFalse(found.isEmpty(), "no example in: " + text);
    return found;
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("The date hint and the date field's error message give the same example date")
  void sameDate(String language) {
    ResourceBundle bundle = bundle(language);
    List<String> hint = examples(DATE, bundle.getString("form.dateHint"));
    assertEquals(hint, examples(DATE, bundle.getString("form.badDate")));
    assertEquals(
        hint, examples(DATE, bundle.getString("jakarta.faces.converter.DateTimeConverter.DATE")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("The time hint and the time field's error message give the same example times")
  void sameTime(String language) {
    ResourceBundle bundle = bundle(language);
    assertEquals(
        examples(TIME, bundle.getString("form.timeHint")),
        examples(TIME, bundle.getString("form.badTime")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName(
      "The price's hint writes its example as the price's error message does, in the language's"
          + " decimals (150,50 in Finnish and Swedish, 150.50 in English)")
  void samePrice(String language) {
    ResourceBundle bundle = bundle(language);
    Pattern amount = Pattern.compile("\\d+[.,]\\d{2}");
    List<String> hint = examples(amount, bundle.getString("courseEdit.priceHint"));
    assertEquals(hint, examples(amount, bundle.getString("courseEdit.badPrice")));
    String decimals = "en".equals(language) ? "150.50" : "150,50";
    assertEquals(List.of(decimals), hint);
  }
}
