package fi.opeverkko.library;

import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.validation.constraints.NotNull;

/**
 * Publishing into the library of good practice, one transaction each: the expert teams, the city
 * coordinators and admins publish; a pilot school's project outcome comes through the pilots
 * context.
 */
@Published
@Stateless
public class PracticePublishing {

  /** An expert team member, coordinator or admin publishes; returns the item id. */
  public Long publish(@NotNull PracticeDraft draft) {
    throw new UnsupportedOperationException("library: publishing comes next");
  }

  /**
   * A pilot school's project outcome; the pilots context has checked that the signed-in user writes
   * the accepted project of this school; the library checks the user is staff of it. Returns the
   * item id.
   */
  public Long publishPilotOutcome(@NotNull Long schoolId, @NotNull PracticeDraft draft) {
    throw new UnsupportedOperationException("library: publishing comes next");
  }
}
