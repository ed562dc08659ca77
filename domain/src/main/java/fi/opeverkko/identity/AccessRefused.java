package fi.opeverkko.identity;

/**
 * A refusal, announced as a CDI event so that the audit trail can record it without the identity
 * kernel depending on it.
 *
 * @param subject the login refused, or {@code null} when nobody was signed in
 * @param what what was refused: an action and its object
 */
public record AccessRefused(String subject, String what) {}
