package fi.opeverkko.library;

import fi.opeverkko.platform.Published;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item as a user names it when citing or linking it: its number, or its page's address as the
 * browser shows it ({@code …/library/item.xhtml?id=12}).
 */
@Published
public final class ItemReference {

  private static final Pattern NUMBER = Pattern.compile("(?:.*[?&]id=)?(\\d{1,18})(?:[&#].*)?");

  private ItemReference() {}

  /** The item's id the text names; empty when it names none. */
  public static Optional<Long> idIn(String text) {
    Matcher number = NUMBER.matcher(text == null ? "" : text.strip());
    return number.matches() ? Optional.of(Long.valueOf(number.group(1))) : Optional.empty();
  }
}
