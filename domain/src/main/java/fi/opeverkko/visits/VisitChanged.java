package fi.opeverkko.visits;

/**
 * A visit changed status: announced at the end of the change, in its transaction, so the emails
 * about it are queued with it and nobody is told of something that was rolled back.
 *
 * @param requestId the visit
 * @param action what was done to it
 */
public record VisitChanged(Long requestId, VisitAction action) {}
