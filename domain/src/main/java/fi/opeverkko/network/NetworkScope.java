package fi.opeverkko.network;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.SignedInUser;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The city scope of the network's services: an admin acts on every city, a coordinator on their own
 * city and its schools only. Checked against the object asked for, never only the user.
 */
@Dependent
class NetworkScope {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  /** The signed-in user. */
  SignedInUser user() {
    return currentUser.get();
  }

  /** A city the user may act on; refuses any other, and cities that do not exist. */
  City cityInScope(String cityCode) {
    currentUser.requireCoordinatorOf(cityCode, "city " + cityCode);
    return em.createNamedQuery(City.BY_CODE, City.class)
        .setParameter("code", cityCode)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> currentUser.refuse("unknown city " + cityCode));
  }

  /** The user, if they may act on the school: an admin, or the coordinator of its city. */
  SignedInUser requireCoordinatorOf(School school) {
    return requireCoordinatorOf(school.getCity(), "school " + school.getId());
  }

  /** The user, if they may act on the person: an admin, or the coordinator of their city. */
  SignedInUser requireCoordinatorOf(Person person) {
    return requireCoordinatorOf(person.getCity(), "person " + person.getId());
  }

  private SignedInUser requireCoordinatorOf(City city, String what) {
    return currentUser.requireCoordinatorOf(city.getCode(), what);
  }

  /**
   * The user, if they may read the school: its city's coordinator, an admin, or somebody with a
   * role in it this school year (a principal reads their own school, not the others).
   */
  SignedInUser requireReaderOf(School school) {
    SignedInUser user = currentUser.get();
    if (user.schoolIds().contains(school.getId())) {
      return user;
    }
    return requireCoordinatorOf(school);
  }
}
