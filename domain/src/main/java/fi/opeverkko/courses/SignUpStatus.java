package fi.opeverkko.courses;

import fi.opeverkko.platform.Published;
import java.util.EnumSet;
import java.util.Set;

/** Where a teacher's sign-up for a course stands. */
@Published
public enum SignUpStatus {
  /** Has a place. */
  IN,
  /** On the waitlist, in arrival order. */
  WAITING,
  /** Waits for the principal to approve it before it queues for a place. */
  PENDING_APPROVAL,
  /** The principal declined it. */
  DECLINED,
  /** The teacher cancelled it. */
  CANCELLED;

  /** The statuses of a sign-up that is still alive. */
  static final Set<SignUpStatus> ACTIVE = EnumSet.of(IN, WAITING, PENDING_APPROVAL);

  /** Whether the sign-up is still alive: it holds, waits for or asks for a place. */
  boolean active() {
    return ACTIVE.contains(this);
  }
}
