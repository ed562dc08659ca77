package fi.opeverkko.library;

import fi.opeverkko.platform.Published;

/** The five development areas of the innovative pilot schools (seeds 002, 004). */
@Published
public enum DevelopmentArea {
  E_PORTFOLIO,
  PHENOMENON_BASED_LEARNING,
  LEARNING_WITHOUT_TEXTBOOKS,
  LEARNING_WITHOUT_DESKS,
  LEARNING_OUTSIDE_SCHOOL
}
