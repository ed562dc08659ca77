package fi.opeverkko.pilots;

import fi.opeverkko.platform.Published;

/** A project's answer to one round as the coordinator's overview shows it. */
@Published
public enum RoundStanding {
  /** No such round this year, or the project is not accepted, so it is not asked. */
  NOT_ASKED,
  /** Not yet answered; the due date has not passed. */
  WAITING,
  ANSWERED,
  /** Not answered by the due date. */
  LATE;

  static RoundStanding of(
      EvaluationRound round, boolean accepted, boolean submitted, boolean late) {
    if (round == null || !accepted) {
      return NOT_ASKED;
    }
    if (submitted) {
      return ANSWERED;
    }
    return late ? LATE : WAITING;
  }
}
