package fi.opeverkko.visits.archfixture;

import fi.opeverkko.web.common.Hours;

/** Domain code that leans on the web layer. */
public class KnowsTheWeb {

  private Hours hours;
}
