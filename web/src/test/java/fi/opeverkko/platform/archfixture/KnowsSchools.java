package fi.opeverkko.platform.archfixture;

import fi.opeverkko.network.School;

/** The shared kernel leaning on a context. */
public class KnowsSchools {

  private School school;
}
