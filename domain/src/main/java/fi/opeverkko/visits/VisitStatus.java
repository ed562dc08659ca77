package fi.opeverkko.visits;

import static fi.opeverkko.visits.VisitAction.CLOSE;

import fi.opeverkko.platform.Published;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a training visit stands, from the school's draft request to the visit done with. The
 * transitions live here, in one switch, so that the services, the buttons the web layer shows and
 * the tests all read the same rules.
 *
 * <pre>{@code
 * DRAFT --submit--> SUBMITTED --accept--> ACCEPTED --schedule--> SCHEDULED --deliver--> DELIVERED
 *                             --decline-> DECLINED               --reschedule-> SCHEDULED
 * DELIVERED --close--> CLOSED
 * DRAFT, SUBMITTED, ACCEPTED, SCHEDULED --cancel--> CANCELLED
 * SUBMITTED --take--> SUBMITTED (a request sent without a team gets one)
 * }</pre>
 *
 * <p>Only the order of statuses is checked here; who may act, the reason and whether feedback is in
 * before closing are the services' business.
 */
@Published
public enum VisitStatus {
  DRAFT,
  SUBMITTED,
  ACCEPTED,
  DECLINED,
  SCHEDULED,
  DELIVERED,
  CLOSED,
  CANCELLED;

  /** A request the school has sent: what others than the school's requesters see of its visits. */
  public static final Set<VisitStatus> SENT =
      Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(DRAFT)));

  /**
   * The status the visit has after the action.
   *
   * @throws VisitRuleException {@code visit.illegalTransition} with this status and the action,
   *     when the action is not possible in this status
   */
  public VisitStatus after(VisitAction action) {
    return next(action)
        .orElseThrow(() -> new VisitRuleException("visit.illegalTransition", this, action));
  }

  /** Whether the action is possible in this status, e.g. to show only the buttons that work. */
  public boolean allows(VisitAction action) {
    return next(action).isPresent();
  }

  /** Whether the visit may still happen: not declined, cancelled or closed. */
  public boolean isOpen() {
    return this != DECLINED && this != CANCELLED && this != CLOSED;
  }

  /** Whether the team owes the school an answer (accept or decline). */
  public boolean awaitsAnswer() {
    return this == SUBMITTED;
  }

  private Optional<VisitStatus> next(VisitAction action) {
    VisitStatus next =
        switch (this) {
          case DRAFT ->
              switch (action) {
                case SUBMIT -> SUBMITTED;
                case CANCEL -> CANCELLED;
                default -> null;
              };
          case SUBMITTED ->
              switch (action) {
                case TAKE -> SUBMITTED;
                case ACCEPT -> ACCEPTED;
                case DECLINE -> DECLINED;
                case CANCEL -> CANCELLED;
                default -> null;
              };
          case ACCEPTED ->
              switch (action) {
                case SCHEDULE -> SCHEDULED;
                case CANCEL -> CANCELLED;
                default -> null;
              };
          case SCHEDULED ->
              switch (action) {
                case RESCHEDULE -> SCHEDULED;
                case DELIVER -> DELIVERED;
                case CANCEL -> CANCELLED;
                default -> null;
              };
          case DELIVERED -> action == CLOSE ? CLOSED : null;
          case DECLINED, CLOSED, CANCELLED -> null;
        };
    return Optional.ofNullable(next);
  }
}
