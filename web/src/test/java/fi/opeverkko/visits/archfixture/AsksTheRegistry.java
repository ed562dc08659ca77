package fi.opeverkko.visits.archfixture;

import fi.opeverkko.network.Person;
import fi.opeverkko.network.PersonRegistry;

/** Uses a network service the network has not published. */
public class AsksTheRegistry {

  private PersonRegistry registry;

  Person person(long personId) {
    return registry.person(personId);
  }
}
