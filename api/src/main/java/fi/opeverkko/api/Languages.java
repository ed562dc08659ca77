package fi.opeverkko.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The language of an answer: the first of the caller's {@code Accept-Language} the network speaks
 * (Finnish, Swedish, English), else Finnish, the network's first language.
 */
public final class Languages {

  private static final Set<String> SPOKEN = Set.of("fi", "sv", "en");
  private static final Locale DEFAULT = Locale.forLanguageTag("fi");

  private Languages() {}

  public static Locale of(List<Locale> acceptable) {
    return acceptable.stream()
        .map(Locale::getLanguage)
        .filter(SPOKEN::contains)
        .findFirst()
        .map(Locale::forLanguageTag)
        .orElse(DEFAULT);
  }
}
