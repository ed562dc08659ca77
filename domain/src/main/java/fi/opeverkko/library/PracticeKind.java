package fi.opeverkko.library;

import fi.opeverkko.platform.Published;

/** What a library item is. */
@Published
public enum PracticeKind {
  /** A description of a practice that worked. */
  PRACTICE,
  /** A material to reuse: worksheets, slides, tasks. */
  MATERIAL,
  /** A link to a video. */
  VIDEO,
  LESSON_PLAN
}
