package fi.opeverkko.library;

import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.School;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

/**
 * Publishing into the library of good practice, one transaction each: the expert teams, the city
 * coordinators and admins publish; a pilot school's project outcome comes through the pilots
 * context.
 */
@Published
@Stateless
public class PracticePublishing {

  @PersistenceContext private EntityManager em;
  @Inject private LibraryAccess access;
  @Inject private NetworkReferences network;
  @Inject private Clock clock;
  @Inject private Event<LibraryAudit> audited;

  /** An expert team member, coordinator or admin publishes; returns the item id. */
  public Long publish(@NotNull PracticeDraft draft) {
    SignedInUser user = access.requirePublisher();
    return keep(user, draft, onlySchoolOf(user), false);
  }

  /**
   * A pilot school's project outcome; the pilots context has checked that the signed-in user writes
   * the accepted project of this school; the library checks the user is staff of it. Returns the
   * item id.
   */
  public Long publishPilotOutcome(@NotNull Long schoolId, @NotNull PracticeDraft draft) {
    SignedInUser user = access.requireStaffOf(schoolId);
    School school =
        network.school(schoolId).orElseThrow(() -> new LibraryRuleException("library.noSchool"));
    return keep(user, draft, school, true);
  }

  private Long keep(SignedInUser user, PracticeDraft draft, School school, boolean pilotOutcome) {
    DraftRules.check(draft);
    LibraryItem.Author author =
        new LibraryItem.Author(user.loginName(), user.displayName(), user.personId());
    LibraryItem item = new LibraryItem(author, school, pilotOutcome, clock.now());
    item.write(draft, clock.now());
    em.persist(item);
    em.flush();
    audited.fire(
        new LibraryAudit(
            user.loginName(),
            pilotOutcome ? "PUBLISH_PILOT_OUTCOME" : "PUBLISH_LIBRARY_ITEM",
            item.getId()));
    return item.getId();
  }

  /** The publisher's school when they work in exactly one this year; none for the others. */
  private School onlySchoolOf(SignedInUser user) {
    return user.schoolIds().size() == 1
        ? network.school(user.schoolIds().iterator().next()).orElse(null)
        : null;
  }
}
