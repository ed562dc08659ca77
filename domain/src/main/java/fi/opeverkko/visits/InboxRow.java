package fi.opeverkko.visits;

import java.io.Serializable;

/**
 * A request in a team's inbox.
 *
 * @param request the request
 * @param waitingDays working days the school has waited for an answer
 * @param overdue waited more than ten working days
 */
public record InboxRow(VisitRequest request, int waitingDays, boolean overdue)
    implements Serializable {}
