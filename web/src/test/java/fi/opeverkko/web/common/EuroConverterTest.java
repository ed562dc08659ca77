package fi.opeverkko.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EuroConverterTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "12,50        | 12.50",
        "12.50        | 12.50",
        "150          | 150",
        "  150,5      | 150.5",
        "1 500,50     | 1500.50",
        "1\u00a0500,50 | 1500.50",
        "12,50 €      | 12.50",
        "12,50€       | 12.50",
        ",50          | 0.50",
        "-5           | -5"
      })
  @DisplayName(
      "An amount is read with the decimal comma of Finnish and Swedish or the English point")
  void readsEitherSeparator(String typed, String amount) {
    assertEquals(Optional.of(new BigDecimal(amount)), EuroConverter.parse(typed));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"12,50,1", "1.500,50", "12 euroa", "abc", "€", "--5", "1e3", "12,345", ",505"})
  @DisplayName("What is not an amount is refused, not guessed")
  void refusesTheRest(String typed) {
    assertTrue(EuroConverter.parse(typed).isEmpty(), typed);
  }

  @Test
  @DisplayName("An amount is shown back with the page language's decimal separator")
  void showsTheLanguagesSeparator() {
    BigDecimal price = new BigDecimal("1500.50");
    assertEquals("1500,50", EuroConverter.format(price, Locale.forLanguageTag("fi")));
    assertEquals("1500,50", EuroConverter.format(price, Locale.forLanguageTag("sv")));
    assertEquals("1500.50", EuroConverter.format(price, Locale.ENGLISH));
    assertEquals(
        Optional.of(price),
        EuroConverter.parse(EuroConverter.format(price, Locale.forLanguageTag("fi"))));
  }
}
