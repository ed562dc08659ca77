package fi.opeverkko.visits.archfixture;

import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;

/** Creates a school of the network: only the network may. */
public class CreatesSchool {

  School school() {
    return new School(null, "Koulu", "Skola", SchoolType.COMPREHENSIVE, TeachingLanguage.FI, "");
  }
}
