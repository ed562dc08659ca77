package fi.opeverkko.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faces' own validator and converter messages come from the application's message bundle
 * (faces-config.xml's message-bundle, the portal's bundle): a message missing there is shown in
 * Faces' English on a Finnish or Swedish page.
 */
class FacesMessagesTest {

  private static final String BUNDLE = "fi.opeverkko.web.i18n.messages";

  /** Faces' own texts, in English: the keys and the numbering of their arguments. */
  private static final ResourceBundle FACES =
      ResourceBundle.getBundle("jakarta.faces.Messages", Locale.ROOT);

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)");

  /**
   * Faces gives Bean Validation's message the label as {1} too (the specification says so), though
   * its own English text shows only the constraint's message.
   */
  private static final String BEAN_VALIDATION = "jakarta.faces.validator.BeanValidator.MESSAGE";

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language));
  }

  /** Faces' message keys, without the details (a message without one shows its summary). */
  private static Set<String> facesKeys() {
    Set<String> keys = new TreeSet<>(FACES.keySet());
    keys.removeIf(key -> key.endsWith("_detail"));
    return keys;
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("Every message of Faces' validators and converters is said in the page's language")
  void everyFacesMessageSaid(String language) {
    ResourceBundle bundle = bundle(language);
    Set<String> missing = facesKeys();
    missing.removeIf(bundle::containsKey);
    assertTrue(facesKeys().size() > 30, "found only " + facesKeys().size());
    assertEquals(Set.of(), missing, "missing in " + language);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName(
      "A Faces message names the field by the argument Faces gives the label in, and uses no"
          + " argument Faces does not give")
  void argumentsAsFacesNumbersThem(String language) {
    ResourceBundle bundle = bundle(language);
    List<String> wrong = new ArrayList<>();
    for (String key : facesKeys()) {
      String faces = BEAN_VALIDATION.equals(key) ? "{1}: {0}" : FACES.getString(key);
      String ours = bundle.getString(key);
      // Faces' texts start with the label's argument ("{2}: ..."), or have none.
      Matcher label = Pattern.compile("^\\{\\d\\}: ").matcher(faces);
      if (label.find() ? !ours.startsWith(label.group()) : ours.matches("^\\{\\d\\}: .*")) {
        wrong.add(key + " label: " + ours);
      }
      if (!arguments(faces).containsAll(arguments(ours))) {
        wrong.add(key + " arguments: " + ours);
      }
    }
    assertEquals(List.of(), wrong, language);
  }

  private static Set<String> arguments(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(pattern);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fi | Paikkoja | Paikkoja: Kirjoita luku väliltä 1–1\u00a0000.",
        "sv | Platser  | Platser: Skriv ett tal mellan 1 och 1\u00a0000.",
        "en | Places   | Places: Write a number from 1 to 1,000."
      })
  @DisplayName("A number out of its range is refused in the page's language, naming the field")
  void rangeInTheLanguage(String language, String label, String expected) {
    Locale locale = Locale.forLanguageTag(language);
    // Faces gives the bounds as text, formatted by its number converter in the page's language.
    NumberFormat numbers = NumberFormat.getNumberInstance(locale);
    String message =
        new MessageFormat(
                bundle(language)
                    .getString("jakarta.faces.validator.LongRangeValidator.NOT_IN_RANGE"),
                locale)
            .format(new Object[] {numbers.format(1), numbers.format(1000), label});
    assertEquals(expected, message);
  }
}
