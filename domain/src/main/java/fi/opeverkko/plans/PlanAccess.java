package fi.opeverkko.plans;

import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with plans and logs, always against the school and the school year in question:
 * the school's tutors of that year write its plan, its principal approves it; they and the city's
 * coordinator read it; an admin does everything.
 */
@Dependent
class PlanAccess {

  /** The roles whose holders keep an activity log. */
  static final Set<SchoolRole> LOGGERS =
      EnumSet.of(SchoolRole.TUTOR, SchoolRole.MENTOR, SchoolRole.COACH, SchoolRole.DIGITAL_AGENT);

  @Inject private CurrentUser currentUser;
  @Inject private NetworkOverviewService network;
  @Inject private Clock clock;

  SignedInUser user() {
    return currentUser.get();
  }

  AccessDeniedException refuse(String what) {
    return currentUser.refuse(what);
  }

  Set<SchoolRole> rolesIn(School school, SchoolYear year) {
    return network.myRolesIn(school.getId(), year);
  }

  boolean writes(Set<SchoolRole> roles) {
    return currentUser.get().isAdmin() || roles.contains(SchoolRole.TUTOR);
  }

  boolean approves(Set<SchoolRole> roles) {
    return currentUser.get().isAdmin() || roles.contains(SchoolRole.PRINCIPAL);
  }

  boolean coordinates(School school) {
    return currentUser.get().actsFor(school.getCity().getCode());
  }

  SignedInUser requireWriterOf(School school, SchoolYear year) {
    if (!writes(rolesIn(school, year))) {
      throw currentUser.refuse("tutor plan of school " + school.getId());
    }
    return currentUser.get();
  }

  SignedInUser requireApproverOf(School school, SchoolYear year) {
    if (!approves(rolesIn(school, year))) {
      throw currentUser.refuse("approval of the tutor plan of school " + school.getId());
    }
    return currentUser.get();
  }

  /**
   * The school's plan and log are read by its principal, its tutors (and other loggers) of the
   * year, and the city's coordinator. The school's current staff also read its earlier years (the
   * plan page links last year's plan), which they may not change.
   */
  SignedInUser requireReaderOf(School school, SchoolYear year) {
    boolean earlierYear = year.compareTo(clock.currentSchoolYear()) < 0;
    boolean inSchool =
        isStaff(rolesIn(school, year))
            || (earlierYear && isStaff(network.myRolesIn(school.getId())));
    if (!inSchool && !coordinates(school)) {
      throw currentUser.refuse("tutor plan and log of school " + school.getId());
    }
    return currentUser.get();
  }

  private static boolean isStaff(Set<SchoolRole> roles) {
    return roles.contains(SchoolRole.PRINCIPAL) || roles.stream().anyMatch(LOGGERS::contains);
  }

  /** A city the user coordinates (or any, for an admin). */
  SignedInUser requireCoordinatorOf(String cityCode) {
    return currentUser.requireCoordinatorOf(cityCode, "tutor plans of city " + cityCode);
  }

  /** The mentor network's activity: every mentor and every city's coordinator reads all of it. */
  SignedInUser requireMentorNetworkReader() {
    return currentUser.require(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR, PortalRole.MENTOR);
  }
}
