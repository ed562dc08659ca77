package fi.opeverkko.api;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import java.util.Locale;
import java.util.function.Function;

/** A name or text in the network's three languages; a missing translation is {@code null}. */
public record Names(String fi, String sv, String en) {

  public static Names of(LocalizedName name) {
    return name == null ? null : new Names(name.fi(), name.sv(), name.en());
  }

  /** The words an object gives in each language. */
  public static Names in(Function<Locale, String> words) {
    return new Names(
        words.apply(Locale.forLanguageTag("fi")),
        words.apply(Locale.forLanguageTag("sv")),
        words.apply(Locale.forLanguageTag("en")));
  }

  public static Names of(LocalizedText text) {
    return text == null ? null : new Names(text.fi(), text.sv(), text.en());
  }
}
