package fi.opeverkko.platform;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small set of enum values kept in one column ("FI,SV"): sets that are read and written only with
 * their owner need no table of their own. (An AttributeConverter would be neater, but EclipseLink
 * takes a converted Set attribute for a collection of its elements.)
 */
public final class EnumSetColumn {

  private EnumSetColumn() {}

  public static <E extends Enum<E>> String join(Set<E> values) {
    return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  public static <E extends Enum<E>> EnumSet<E> split(Class<E> type, String column) {
    EnumSet<E> values = EnumSet.noneOf(type);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(",")).map(name -> Enum.valueOf(type, name)).forEach(values::add);
    }
    return values;
  }
}
