package fi.opeverkko.network;

/** Where a principal's tutor proposal stands. */
public enum ProposalStatus {
  PROPOSED,
  CONFIRMED,
  REJECTED
}
