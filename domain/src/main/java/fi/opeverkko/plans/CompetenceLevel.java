package fi.opeverkko.plans;

/**
 * The three levels of the city's digital-competence model that a plan's goal serves (seeds 000):
 * the division's target is that all teachers reach the first, 90 % the second and 20 % the third.
 */
public enum CompetenceLevel {
  /** 1: basic skills in the educational use of information technology. */
  BASIC,
  /** 2: advanced skills in the educational use of information technology. */
  ADVANCED,
  /** 3: developer and educator skills in the educational use of information technology. */
  DEVELOPER
}
