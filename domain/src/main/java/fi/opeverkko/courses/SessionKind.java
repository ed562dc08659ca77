package fi.opeverkko.courses;

import fi.opeverkko.platform.Published;

/** The formats of a course's sessions; the catalogue filters by them. */
@Published
public enum SessionKind {
  /** A day together at a place; the days a teacher is away from school, maybe with a substitute. */
  CONTACT_DAY,
  /** A webinar at a set time, through its link. */
  WEBINAR,
  /** An online or self-paced part, done when it suits within its span. */
  ONLINE,
  /** An hour or so of small-group sparring. */
  SPARRING
}
