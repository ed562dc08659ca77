package fi.opeverkko.platform;

/** Where a webhook delivery stands. */
public enum WebhookStatus {
  /** Waiting for its first or next try. */
  QUEUED,
  /** The receiver answered 2xx. */
  DELIVERED,
  /** Every try of a day failed; its subscription was disabled. */
  FAILED
}
