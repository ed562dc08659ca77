package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedNameTest {

  private final LocalizedName helsinki =
      new LocalizedName("Helsinki", "Helsingfors", "Helsinki (en)");

  @Test
  void givesTheNameInTheReadersLanguage() {
    assertEquals("Helsinki", helsinki.in(Locale.forLanguageTag("fi")));
    assertEquals("Helsingfors", helsinki.in(Locale.forLanguageTag("sv-FI")));
    assertEquals("Helsinki (en)", helsinki.in(Locale.ENGLISH));
  }

  @Test
  void fallsBackToFinnishForOtherLanguages() {
    assertEquals("Helsinki", helsinki.in(Locale.GERMAN));
  }
}
