package fi.opeverkko.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HoursTest {

  private static final Locale FI = Locale.forLanguageTag("fi");
  private static final Locale SV = Locale.forLanguageTag("sv");

  @Test
  @DisplayName("Hours read as the language writes decimals: 1,75 in Finnish and Swedish, 1.75")
  void decimalsFollowTheLanguage() {
    assertEquals("1,75", Hours.format(new BigDecimal("1.75"), FI));
    assertEquals("1,75", Hours.format(new BigDecimal("1.75"), SV));
    assertEquals("1.75", Hours.format(new BigDecimal("1.75"), Locale.ENGLISH));
  }

  @Test
  @DisplayName("Every figure has the same two decimals, whether a BigDecimal or a double")
  void samePrecision() {
    assertEquals("2,00", Hours.format(new BigDecimal("2"), FI));
    assertEquals("1,50", Hours.format(1.5d, FI));
    assertEquals("0,25", Hours.format(new BigDecimal("0.250"), FI));
    assertEquals("1\u00a0250,00", Hours.format(1250, FI));
    assertEquals("", Hours.format(null, FI));
  }
}
