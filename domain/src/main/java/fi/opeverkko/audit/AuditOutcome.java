package fi.opeverkko.audit;

/** How an audited action ended. */
public enum AuditOutcome {
  SUCCESS,
  REFUSED,
  FAILED
}
