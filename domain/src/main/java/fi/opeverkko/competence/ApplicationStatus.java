package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a badge application stands. The transitions live here, in one switch, for the services, the
 * buttons and the tests alike.
 *
 * <pre>{@code
 * DRAFT --submit--> SUBMITTED --grant--> GRANTED
 *                             --decline--> DECLINED
 *                             --ask more--> MORE_ASKED --resubmit--> SUBMITTED
 * }</pre>
 *
 * <p>Who may act, and the comment, are checked elsewhere (the service, {@link BadgeApplication}).
 */
@Published
public enum ApplicationStatus {
  DRAFT,
  SUBMITTED,
  MORE_ASKED,
  GRANTED,
  DECLINED;

  /** Not yet granted or declined: a teacher has one such application per badge at most. */
  public static final Set<ApplicationStatus> UNDECIDED =
      Collections.unmodifiableSet(EnumSet.of(DRAFT, SUBMITTED, MORE_ASKED));

  /**
   * The status after the action.
   *
   * @throws CompetenceRuleException {@code competence.illegalTransition} when the action is not
   *     possible in this status
   */
  public ApplicationStatus after(ApplicationAction action) {
    return next(action)
        .orElseThrow(
            () -> new CompetenceRuleException("competence.illegalTransition", name(), action));
  }

  public boolean allows(ApplicationAction action) {
    return next(action).isPresent();
  }

  /** Whether the teacher may still change the evidence: before sending, or when asked for more. */
  public boolean editable() {
    return this == DRAFT || this == MORE_ASKED;
  }

  /** Whether the reviewer owes an answer: the application waits on their desk. */
  public boolean awaitsReview() {
    return this == SUBMITTED;
  }

  private Optional<ApplicationStatus> next(ApplicationAction action) {
    ApplicationStatus next =
        switch (this) {
          case DRAFT -> action == ApplicationAction.SUBMIT ? SUBMITTED : null;
          case SUBMITTED ->
              switch (action) {
                case GRANT -> GRANTED;
                case DECLINE -> DECLINED;
                case ASK_MORE -> MORE_ASKED;
                default -> null;
              };
          case MORE_ASKED -> action == ApplicationAction.RESUBMIT ? SUBMITTED : null;
          case GRANTED, DECLINED -> null;
        };
    return Optional.ofNullable(next);
  }
}
