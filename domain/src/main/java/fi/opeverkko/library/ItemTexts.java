package fi.opeverkko.library;

import fi.opeverkko.platform.Languages;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * An item's text in the reader's language, or in another when the publisher did not write that one:
 * Finnish, then Swedish, then English.
 */
final class ItemTexts {

  private ItemTexts() {}

  static String in(Locale locale, String fi, String sv, String en) {
    String wanted = Languages.pick(locale, fi, sv, en);
    if (!isBlank(wanted)) {
      return wanted;
    }
    return Stream.of(fi, sv, en).filter(text -> !isBlank(text)).findFirst().orElse("");
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** The text stripped, or null when blank: an unwritten language is kept as none. */
  static String orNull(String text) {
    return isBlank(text) ? null : text.strip();
  }
}
