package fi.opeverkko.visits;

/**
 * A visit changed status: announced once the change is committed, so that nobody is told of
 * something that was rolled back.
 *
 * @param requestId the visit
 * @param action what was done to it
 */
public record VisitChanged(Long requestId, VisitAction action) {}
