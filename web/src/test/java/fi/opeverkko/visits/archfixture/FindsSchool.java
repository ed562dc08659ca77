package fi.opeverkko.visits.archfixture;

import fi.opeverkko.network.School;
import jakarta.persistence.EntityManager;

/** Finds the network's school by itself instead of asking the network. */
public class FindsSchool {

  private EntityManager em;

  School school(long schoolId) {
    return em.find(School.class, schoolId);
  }
}
