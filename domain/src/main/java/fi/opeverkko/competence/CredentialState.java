package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;

/** What a check of a credential found. */
@Published
public enum CredentialState {
  /** Signed by the portal's key, as issued, and not revoked. */
  VALID,
  /** Signed and as issued, but the status list says it was revoked. */
  REVOKED,
  /** Its signature does not hold, or it is not what the portal issued under that id. */
  INVALID
}
