package fi.opeverkko.web.common;

import fi.opeverkko.platform.TypedDates;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A date field's text as people type it ({@code 22.12.2026}, {@code 22.12.26}, {@code 2026-12-22}),
 * read by {@link TypedDates} rather than by the date picker's pattern, so that typing never depends
 * on the calendar popup. Shown back in the page language's date pattern, which the picker also
 * reads. The field's {@code converterMessage} says what was wrong.
 */
@FacesConverter("opeverkko.date")
public class TypedDateConverter implements Converter<LocalDate> {

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return TypedDates.date(text).orElseThrow(ConverterException::new);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate date) {
    return date == null ? "" : date.format(pattern(context, "format.datePattern"));
  }

  /** A display pattern of the page's language, from the portal's bundle. */
  public static DateTimeFormatter pattern(FacesContext context, String key) {
    return DateTimeFormatter.ofPattern(
        context.getApplication().getResourceBundle(context, "msg").getString(key));
  }
}
