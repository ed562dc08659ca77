package fi.opeverkko.network;

import fi.opeverkko.platform.EnumSetConverter;
import jakarta.persistence.Converter;

/** A person's languages in one column. */
@Converter
public class WorkLanguagesConverter extends EnumSetConverter<WorkLanguage> {

  public WorkLanguagesConverter() {
    super(WorkLanguage.class);
  }
}
