package fi.opeverkko.network.archfixture;

import fi.opeverkko.visits.VisitStatus;

/** The network looking at visits, against the direction of use. */
public class KnowsVisits {

  private VisitStatus status;
}
