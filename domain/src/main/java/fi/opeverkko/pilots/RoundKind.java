package fi.opeverkko.pilots;

import fi.opeverkko.platform.Published;

/**
 * The two self-evaluations of a school year (seeds 002, 004): in spring against the project plan,
 * in November on how the school's culture and its pupils' learning changed.
 */
@Published
public enum RoundKind {
  SPRING,
  NOVEMBER
}
