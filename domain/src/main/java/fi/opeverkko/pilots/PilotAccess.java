package fi.opeverkko.pilots;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.platform.SchoolYear;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Who may do what with pilot projects, always against the project's school and year: its principal
 * and its teachers write it, the city's coordinator starts one for a school and decides on it, an
 * admin does everything; nobody else reads it.
 */
@Dependent
class PilotAccess {

  @Inject private CurrentUser currentUser;
  @Inject private NetworkOverviewService network;

  SignedInUser user() {
    return currentUser.get();
  }

  boolean principalOf(School school, SchoolYear year) {
    return network.myRolesIn(school.getId(), year).contains(SchoolRole.PRINCIPAL);
  }

  boolean coordinates(School school) {
    return currentUser.get().actsFor(school.getCity().getCode());
  }

  boolean writes(PilotProject project) {
    SignedInUser user = currentUser.get();
    return user.isAdmin()
        || principalOf(project.getSchool(), project.getSchoolYear())
        || (user.personId() != null && project.getTeacherIds().contains(user.personId()));
  }

  /** The school's principal or the city's coordinator starts the year's project. */
  boolean starts(School school, SchoolYear year) {
    return coordinates(school) || principalOf(school, year);
  }

  SignedInUser requireStarterOf(School school, SchoolYear year) {
    if (!starts(school, year)) {
      throw currentUser.refuse("pilot project of school " + school.getId());
    }
    return currentUser.get();
  }

  SignedInUser requireWriterOf(PilotProject project) {
    if (!writes(project)) {
      throw currentUser.refuse("pilot project " + project.getId());
    }
    return currentUser.get();
  }

  SignedInUser requireDeciderOf(PilotProject project) {
    if (!coordinates(project.getSchool())) {
      throw currentUser.refuse("decision on pilot project " + project.getId());
    }
    return currentUser.get();
  }

  SignedInUser requireReaderOf(PilotProject project) {
    if (!writes(project) && !coordinates(project.getSchool())) {
      throw currentUser.refuse("pilot project " + project.getId());
    }
    return currentUser.get();
  }

  /** Rounds are the network's: any city's coordinator (or an admin) opens one. */
  SignedInUser requireRoundOpener() {
    return currentUser.require(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR);
  }

  /** The pilots of the city (every city's when null: an admin's). */
  SignedInUser requireOverviewOf(String cityCode) {
    return currentUser.requireFiguresOf(cityCode, "pilot projects of city " + cityCode);
  }
}
