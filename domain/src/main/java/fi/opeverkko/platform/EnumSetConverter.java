package fi.opeverkko.platform;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps a small set of enum values in one column ("FI,SV"): sets that are read and written only
 * with their owner need no table of their own.
 */
public abstract class EnumSetConverter<E extends Enum<E>>
    implements AttributeConverter<Set<E>, String> {

  private final Class<E> type;

  protected EnumSetConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(Set<E> values) {
    return values == null
        ? ""
        : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<E> convertToEntityAttribute(String column) {
    Set<E> values = EnumSet.noneOf(type);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(",")).map(name -> Enum.valueOf(type, name)).forEach(values::add);
    }
    return values;
  }
}
