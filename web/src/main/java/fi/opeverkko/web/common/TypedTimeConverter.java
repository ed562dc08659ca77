package fi.opeverkko.web.common;

import fi.opeverkko.platform.TypedDates;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;

/**
 * A time field's text as people type it ({@code 9}, {@code 9.00}, {@code 09:00}, {@code 0900}),
 * read by {@link TypedDates}; shown back the way the page's language writes times (Finnish 9.00).
 */
@FacesConverter("opeverkko.time")
public class TypedTimeConverter implements Converter<LocalTime> {

  @Override
  public LocalTime getAsObject(FacesContext context, UIComponent component, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return TypedDates.time(text).orElseThrow(ConverterException::new);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalTime time) {
    return time == null
        ? ""
        : time.format(TypedDateConverter.pattern(context, "format.timePattern"));
  }
}
