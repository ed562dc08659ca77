package fi.opeverkko.platform;

/** Where a letter of the outbox stands. */
public enum OutboxStatus {
  /** Waiting for its (next) try. */
  QUEUED,
  /** Accepted by the mail server. */
  SENT,
  /** Given up after the last try; an admin may queue it again. */
  FAILED
}
