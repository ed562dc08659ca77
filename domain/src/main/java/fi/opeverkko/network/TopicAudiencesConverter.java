package fi.opeverkko.network;

import fi.opeverkko.platform.EnumSetConverter;
import jakarta.persistence.Converter;

/** A topic's audiences in one column. */
@Converter
public class TopicAudiencesConverter extends EnumSetConverter<TopicAudience> {

  public TopicAudiencesConverter() {
    super(TopicAudience.class);
  }
}
