package fi.opeverkko.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The domain refuses with message keys that only the web layer's bundles say in words: a key
 * without its words would show the user a 500 page instead of the rule they broke.
 */
class RuleMessagesTest {

  private static final Path DOMAIN = Path.of("../domain/src/main/java");
  private static final Pattern RULE_KEY = Pattern.compile("RuleException\\(\\s*\"([a-zA-Z.]+)\"");

  @Test
  @DisplayName("Every rule the domain refuses with has its message in Finnish, Swedish, English")
  void everyRuleSaidInEveryLanguage() {
    Set<String> keys = ruleKeys();
    assertTrue(keys.size() > 100, "found only " + keys.size() + " rule keys");
    for (String language : List.of("fi", "sv", "en")) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              "fi.opeverkko.web.i18n.messages", Locale.forLanguageTag(language));
      Set<String> missing = new TreeSet<>(keys);
      missing.removeIf(bundle::containsKey);
      assertEquals(Set.of(), missing, "missing in " + language);
    }
  }

  private static Set<String> ruleKeys() {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(DOMAIN)) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher matcher = RULE_KEY.matcher(Files.readString(source));
        while (matcher.find()) {
          keys.add(matcher.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }
}
