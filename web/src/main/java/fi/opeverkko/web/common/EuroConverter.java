package fi.opeverkko.web.common;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount of euros as people type it: with the decimal comma of Finnish and Swedish ({@code
 * 12,50}) or the point of English ({@code 12.50}), either one in every language; spaces between the
 * thousands and a closing {@code €} are let be. Shown back with the decimal separator of the page's
 * language. The field's {@code converterMessage} says what was wrong; a range validator says
 * whether the amount is too small or too large.
 */
@FacesConverter("opeverkko.euros")
public class EuroConverter implements Converter<BigDecimal> {

  /**
   * Digits with at most one decimal separator and at most two decimals (cents), after the spaces
   * and the € are taken away: 12,345 is refused, not rounded to 12,35 without a word.
   */
  private static final Pattern AMOUNT = Pattern.compile("-?(\\d+([.,]\\d{0,2})?|[.,]\\d{1,2})");

  /** Spaces as typed or pasted: plain, no-break and narrow no-break (Finnish thousands). */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return parse(text).orElseThrow(ConverterException::new);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal amount) {
    return amount == null ? "" : format(amount, context.getViewRoot().getLocale());
  }

  /** The amount typed, or empty when it is not one. */
  static Optional<BigDecimal> parse(String text) {
    String compact = SPACES.matcher(text).replaceAll("").replace('\u2212', '-');
    if (compact.endsWith("€")) {
      compact = compact.substring(0, compact.length() - 1);
    }
    if (!AMOUNT.matcher(compact).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(compact.replace(',', '.')));
  }

  /** The amount as the language writes it, without grouping: {@code 1500,50} in Finnish. */
  static String format(BigDecimal amount, Locale locale) {
    char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    return amount.toPlainString().replace('.', separator);
  }
}
