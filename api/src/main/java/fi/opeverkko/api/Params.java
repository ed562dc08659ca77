package fi.opeverkko.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Query parameters read by the API itself: JAX-RS answers 404 to one it cannot convert, where the
 * caller's fault is a 400 naming the parameter.
 */
public final class Params {

  private Params() {}

  public static Integer integer(String value, String name) {
    try {
      return value == null ? null : Integer.valueOf(value.trim());
    } catch (NumberFormatException malformed) {
      throw bad(name);
    }
  }

  public static Long id(String value, String name) {
    try {
      return value == null ? null : Long.valueOf(value.trim());
    } catch (NumberFormatException malformed) {
      throw bad(name);
    }
  }

  public static LocalDate date(String value, String name) {
    try {
      return value == null ? null : LocalDate.parse(value.trim());
    } catch (DateTimeParseException malformed) {
      throw bad(name);
    }
  }

  public static <E extends Enum<E>> E value(Class<E> type, String value, String name) {
    try {
      return value == null ? null : Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw bad(name);
    }
  }

  /** A city's code as the registry writes it, or null. */
  public static String city(String value) {
    return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
  }

  private static ApiException bad(String name) {
    return new ApiException(400, "badParameter", name);
  }
}
