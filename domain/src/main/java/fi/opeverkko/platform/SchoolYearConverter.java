package fi.opeverkko.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a school year as its starting calendar year. */
@Converter(autoApply = true)
public class SchoolYearConverter implements AttributeConverter<SchoolYear, Integer> {

  @Override
  public Integer convertToDatabaseColumn(SchoolYear year) {
    return year == null ? null : year.startYear();
  }

  @Override
  public SchoolYear convertToEntityAttribute(Integer startYear) {
    return startYear == null ? null : new SchoolYear(startYear);
  }
}
