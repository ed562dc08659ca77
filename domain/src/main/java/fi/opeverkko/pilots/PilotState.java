package fi.opeverkko.pilots;

import fi.opeverkko.platform.Published;

/**
 * Where a pilot project stands: the school writes it (draft, or returned with the coordinator's
 * comment), submits it, and the city's coordinator accepts it or returns it.
 */
@Published
public enum PilotState {
  DRAFT,
  SUBMITTED,
  RETURNED,
  ACCEPTED;

  /** Whether the school may still change the project's contents. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }

  PilotState afterSubmit() {
    if (!editable()) {
      throw new PilotRuleException("pilot.notEditable");
    }
    return SUBMITTED;
  }

  PilotState afterDecision(boolean accepted) {
    if (this != SUBMITTED) {
      throw new PilotRuleException("pilot.notSubmitted");
    }
    return accepted ? ACCEPTED : RETURNED;
  }
}
