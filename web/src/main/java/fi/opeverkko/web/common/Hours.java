package fi.opeverkko.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hours as every page shows them: in the page's language ({@code 1,75} in Finnish and Swedish,
 * {@code 1.75} in English) and always with two decimals, the quarter hour a log entry may have, so
 * the figures of one table line up and none is rounded away. Used as {@code #{hours.format(x)}}.
 */
@Named("hours")
@ApplicationScoped
public class Hours {

  private static final int DECIMALS = 2;

  /**
   * One format a language, copied for each use (a format is not thread-safe): making one anew looks
   * the locale's providers up, which was half of this method's time in the team inbox's profile.
   */
  private static final Map<Locale, NumberFormat> FORMATS = new ConcurrentHashMap<>();

  /** The hours in the language of the page being rendered. */
  public String format(Number hours) {
    return format(hours, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  static String format(Number hours, Locale locale) {
    if (hours == null) {
      return "";
    }
    return ((NumberFormat) FORMATS.computeIfAbsent(locale, Hours::twoDecimals).clone())
        .format(hours);
  }

  private static NumberFormat twoDecimals(Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(DECIMALS);
    format.setMaximumFractionDigits(DECIMALS);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
