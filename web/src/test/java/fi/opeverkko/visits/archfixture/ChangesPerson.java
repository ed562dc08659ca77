package fi.opeverkko.visits.archfixture;

import fi.opeverkko.network.Person;

/** Changes a person of the network: only the network may. */
public class ChangesPerson {

  void link(Person person) {
    person.linkLogin("someone");
  }
}
