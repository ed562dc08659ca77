package fi.opeverkko.reporting;

import fi.opeverkko.platform.Published;

/** Where a survey round stands on a day: still editable, taking answers, or closed. */
@Published
public enum RoundState {
  UPCOMING,
  OPEN,
  CLOSED
}
