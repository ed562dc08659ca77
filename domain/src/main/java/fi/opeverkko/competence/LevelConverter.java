package fi.opeverkko.competence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a level as its number, so that SQL compares and aggregates levels as numbers. */
@Converter(autoApply = true)
public class LevelConverter implements AttributeConverter<Level, Integer> {

  @Override
  public Integer convertToDatabaseColumn(Level level) {
    return level == null ? null : level.number();
  }

  @Override
  public Level convertToEntityAttribute(Integer number) {
    return number == null ? null : Level.ofNumber(number);
  }
}
