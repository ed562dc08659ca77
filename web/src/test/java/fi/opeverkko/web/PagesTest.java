package fi.opeverkko.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Checks over every page and bundle that no single page test would catch. */
class PagesTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path BUNDLES = Path.of("src/main/resources/fi/opeverkko/web/i18n");
  private static final Pattern MESSAGE_KEY = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");

  private static List<Path> pages() {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files.filter(p -> p.toString().endsWith(".xhtml")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("No page is a transient (stateless) view: every form is protected by view state")
  void noTransientViews() throws IOException {
    for (Path page : pages()) {
      assertTrue(!Files.readString(page).contains("transient=\"true\""), page + " is transient");
    }
  }

  @Test
  @DisplayName(
      "No number field moves a number into its range: PrimeFaces' minValue and maxValue would"
          + " save 500 for 600 without a word, where the constraint's message should say no")
  void numbersAreNotClamped() throws IOException {
    Pattern clamp =
        Pattern.compile("<p:inputNumber\\b[^>]*\\b(minValue|maxValue)=", Pattern.DOTALL);
    for (Path page : pages()) {
      assertTrue(!clamp.matcher(Files.readString(page)).find(), page + " clamps a number");
    }
  }

  @Test
  @DisplayName("Every message key a page uses exists in Finnish, Swedish and English")
  void everyKeyInEveryLanguage() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path page : pages()) {
      Matcher matcher = MESSAGE_KEY.matcher(Files.readString(page));
      while (matcher.find()) {
        used.add(matcher.group(1));
      }
    }
    assertTrue(used.size() > 50, "found only " + used.size() + " keys");
    for (String language : List.of("fi", "sv", "en")) {
      Set<String> missing = new TreeSet<>(used);
      missing.removeAll(keys(language));
      assertEquals(Set.of(), missing, "missing in " + language);
    }
  }

  @Test
  @DisplayName(
      "A field's language is said in the page's language (inLanguage.*, 'ruotsiksi'): the language"
          + " switch's names (language.*, 'På svenska') are each in its own, for the switch only")
  void fieldLanguagesInThePagesLanguage() throws IOException {
    Path layout = WEBAPP.resolve("WEB-INF/templates/layout.xhtml");
    for (Path page : pages()) {
      if (!page.equals(layout)) {
        assertTrue(!Files.readString(page).contains("msg['language."), page + " uses language.*");
      }
    }
  }

  private static final Pattern MENU_ITEM =
      Pattern.compile("<a id=\"nav-[\\w-]+\"[^>]*>#\\{msg\\['([a-zA-Z0-9.]+)'\\]\\}</a>");

  @Test
  @DisplayName("No two items of the menu have the same name in any language")
  void menuItemsDiffer() throws IOException {
    List<String> items = new ArrayList<>();
    Matcher matcher =
        MENU_ITEM.matcher(Files.readString(WEBAPP.resolve("WEB-INF/templates/layout.xhtml")));
    while (matcher.find()) {
      items.add(matcher.group(1));
    }
    assertTrue(items.size() > 30, "found only " + items.size() + " menu items");
    for (String language : List.of("fi", "sv", "en")) {
      Properties bundle = bundle(BUNDLES.resolve("messages"), language);
      Map<String, String> keyOfName = new HashMap<>();
      List<String> same = new ArrayList<>();
      for (String key : items) {
        String other = keyOfName.putIfAbsent(bundle.getProperty(key), key);
        if (other != null) {
          same.add(other + " = " + key + ": " + bundle.getProperty(key));
        }
      }
      assertEquals(List.of(), same, language);
    }
  }

  private static final Path VALIDATION = Path.of("src/main/resources/ValidationMessages");

  @Test
  @DisplayName("The three bundles have the same keys")
  void bundlesAgree() throws IOException {
    Set<String> finnish = keys("fi");
    assertEquals(finnish, keys("sv"), "Swedish differs from Finnish");
    assertEquals(finnish, keys("en"), "English differs from Finnish");
  }

  @Test
  @DisplayName("No bundle names a key twice (the second text would replace the first unseen)")
  void noKeyTwice() throws IOException {
    for (String language : List.of("", "_fi", "_sv", "_en")) {
      Path file = BUNDLES.resolve("messages" + language + ".properties");
      Set<String> seen = new HashSet<>();
      List<String> twice =
          Files.readAllLines(file).stream()
              .filter(line -> KEY_LINE.matcher(line).lookingAt())
              .map(line -> line.substring(0, line.indexOf('=')))
              .filter(key -> !seen.add(key))
              .toList();
      assertEquals(List.of(), twice, file.toString());
    }
  }

  /** A line that starts a key's text: the key, then '=' (comments and continuations do not). */
  private static final Pattern KEY_LINE = Pattern.compile("[A-Za-z0-9_.-]+=");

  @Test
  @DisplayName("The validation messages exist in the three languages")
  void validationMessagesAgree() throws IOException {
    Set<String> finnish = keys(VALIDATION, "fi");
    assertEquals(finnish, keys(VALIDATION, "sv"), "Swedish differs from Finnish");
    assertEquals(finnish, keys(VALIDATION, "en"), "English differs from Finnish");
  }

  private static Set<String> keys(String language) throws IOException {
    return keys(BUNDLES.resolve("messages"), language);
  }

  private static Set<String> keys(Path bundleBase, String language) throws IOException {
    return new TreeSet<>(bundle(bundleBase, language).stringPropertyNames());
  }

  private static Properties bundle(Path bundleBase, String language) throws IOException {
    Properties bundle = new Properties();
    try (var reader =
        Files.newBufferedReader(
            bundleBase.resolveSibling(bundleBase.getFileName() + "_" + language + ".properties"))) {
      bundle.load(reader);
    }
    return bundle;
  }
}
