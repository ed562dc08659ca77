package fi.opeverkko.api.network;

import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;

/**
 * A school.
 *
 * @param id the school's id
 * @param nameFi the Finnish name
 * @param nameSv the Swedish name, when it has one
 * @param city the city's code, e.g. {@code HELSINKI}
 * @param type day care, comprehensive, general upper secondary or vocational
 * @param language the teaching language
 * @param active false for a closed school
 */
public record SchoolJson(
    long id,
    String nameFi,
    String nameSv,
    String city,
    SchoolType type,
    TeachingLanguage language,
    boolean active) {

  static SchoolJson of(School school) {
    return new SchoolJson(
        school.getId(),
        school.getNameFi(),
        school.getNameSv(),
        school.getCity().getCode(),
        school.getType(),
        school.getLanguage(),
        school.isActive());
  }
}
