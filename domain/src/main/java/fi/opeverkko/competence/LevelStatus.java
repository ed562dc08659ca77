package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;

/** Where a level a teacher holds the badges for stands with the principal. */
@Published
public enum LevelStatus {
  /** The badges are held; the principal has not answered yet. */
  WAITING,
  /** The principal confirmed the level: it counts toward the targets. */
  CONFIRMED,
  /** The principal returned it with a comment; the teacher may ask again. */
  RETURNED
}
