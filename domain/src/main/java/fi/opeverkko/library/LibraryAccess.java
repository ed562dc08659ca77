package fi.opeverkko.library;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Who may do what in the library: anyone signed in with a role reads; the expert teams' members and
 * leaders of this school year, the city coordinators and admins publish; a pilot school's staff
 * publish its outcome; the author and admins edit and withdraw.
 */
@Dependent
class LibraryAccess {

  @Inject private CurrentUser currentUser;

  SignedInUser reader() {
    SignedInUser user = currentUser.get();
    if (user.isUnlinked()) {
      throw currentUser.refuse("library without a role");
    }
    return user;
  }

  SignedInUser requirePublisher() {
    SignedInUser user = currentUser.get();
    if (!mayPublish(user)) {
      throw currentUser.refuse("library publishing");
    }
    return user;
  }

  /** Whether the user publishes in their own name (without refusing anybody). */
  boolean mayPublish() {
    return mayPublish(currentUser.get());
  }

  private static boolean mayPublish(SignedInUser user) {
    return user.isAdmin() || user.has(PortalRole.CITY_COORDINATOR) || !user.teamIds().isEmpty();
  }

  SignedInUser requireStaffOf(Long schoolId) {
    SignedInUser user = currentUser.get();
    if (!user.isAdmin() && !user.schoolIds().contains(schoolId)) {
      throw currentUser.refuse("library outcome of school " + schoolId);
    }
    return user;
  }

  SignedInUser requireEditorOf(LibraryItem item) {
    SignedInUser user = currentUser.get();
    if (!edits(user, item)) {
      throw currentUser.refuse("library item " + item.getId());
    }
    return user;
  }

  boolean edits(LibraryItem item) {
    return edits(currentUser.get(), item);
  }

  private static boolean edits(SignedInUser user, LibraryItem item) {
    return user.isAdmin() || user.loginName().equals(item.getAuthorLogin());
  }
}
