package fi.opeverkko.competence;

import fi.opeverkko.network.City;
import fi.opeverkko.network.Person;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;

/** Badges and people for the unit tests, never persisted. */
final class Fixtures {

  static final City HELSINKI =
      new City("HELSINKI", new LocalizedName("Helsinki", "Helsingfors", "Helsinki"));

  private Fixtures() {}

  static BadgeDetails details(Level level, String criteria) {
    return new BadgeDetails(
        level,
        new LocalizedName("Arviointi", "Bedömning", "Evaluation"),
        new LocalizedName("Portfolio", "Portfolio", "Portfolio"),
        new LocalizedText(criteria, criteria + " (sv)", criteria + " (en)"),
        new LocalizedText("Näyte", "Prov", "Sample"));
  }

  static Person person(String lastName) {
    return new Person(HELSINKI, "Testi", lastName, lastName + "@opeverkko.example");
  }
}
