package fi.opeverkko.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Hours as every page shows them: in the page's language ({@code 1,75} in Finnish and Swedish,
 * {@code 1.75} in English) and always with two decimals, the quarter hour a log entry may have, so
 * the figures of one table line up and none is rounded away. Used as {@code #{hours.format(x)}}.
 */
@Named("hours")
@ApplicationScoped
public class Hours {

  private static final int DECIMALS = 2;

  /** The hours in the language of the page being rendered. */
  public String format(Number hours) {
    return format(hours, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  static String format(Number hours, Locale locale) {
    if (hours == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(DECIMALS);
    format.setMaximumFractionDigits(DECIMALS);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(hours);
  }
}
