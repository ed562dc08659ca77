package fi.opeverkko.visits.archfixture;

import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.School;
import fi.opeverkko.visits.VisitRuleException;
import java.util.Locale;

/** Uses the network as the rules allow: through its published lookup, reading the school. */
public class LawfulVisit {

  private NetworkReferences references;

  String schoolName(long schoolId) {
    School school =
        references.school(schoolId).orElseThrow(() -> new VisitRuleException("visit.noSuchSchool"));
    return school.name(Locale.ROOT);
  }
}
