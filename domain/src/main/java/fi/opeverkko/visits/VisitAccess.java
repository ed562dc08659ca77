package fi.opeverkko.visits;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.TeamService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with training visits, always checked against the visit's own school and team: the
 * school's principal, day-care manager or tutors request; the team's leader answers and schedules;
 * its members and the city's coordinator read once it is sent; an admin does everything.
 */
@Dependent
class VisitAccess {

  /** The roles in a school that may order training for it. */
  static final Set<SchoolRole> REQUESTERS =
      EnumSet.of(SchoolRole.PRINCIPAL, SchoolRole.DAY_CARE_MANAGER, SchoolRole.TUTOR);

  @Inject private CurrentUser currentUser;
  @Inject private NetworkOverviewService network;
  @Inject private TeamService teams;

  SignedInUser user() {
    return currentUser.get();
  }

  boolean requests(School school) {
    SignedInUser user = currentUser.get();
    return user.isAdmin()
        || network.myRolesIn(school.getId()).stream().anyMatch(REQUESTERS::contains);
  }

  SignedInUser requireRequesterFor(School school) {
    if (!requests(school)) {
      throw currentUser.refuse("visits of school " + school.getId());
    }
    return currentUser.get();
  }

  boolean leads(ExpertTeam team) {
    return teams.leads(team.getId());
  }

  SignedInUser requireLeaderOf(ExpertTeam team) {
    if (!leads(team)) {
      throw currentUser.refuse("visits of team " + team.getId());
    }
    return currentUser.get();
  }

  boolean belongsTo(ExpertTeam team) {
    return belongsTo(team.getId());
  }

  private boolean belongsTo(Long teamId) {
    SignedInUser user = currentUser.get();
    return user.isAdmin() || user.teamIds().contains(teamId);
  }

  SignedInUser requireMemberOf(ExpertTeam team) {
    return requireMemberOf(team.getId());
  }

  /** A member of the team (or an admin), checked without reading the team. */
  SignedInUser requireMemberOf(Long teamId) {
    if (!belongsTo(teamId)) {
      throw currentUser.refuse("visits of team " + teamId);
    }
    return currentUser.get();
  }

  boolean coordinates(School school) {
    return currentUser.get().actsFor(school.getCity().getCode());
  }

  /**
   * The school's requesters, the team's members and the city's coordinator read a visit; an unsent
   * draft is still the school's own, read only by its requesters (and admins).
   */
  SignedInUser requireReaderOf(VisitRequest request) {
    boolean othersMayRead = request.getStatus() != VisitStatus.DRAFT;
    if (!requests(request.getSchool())
        && !(othersMayRead && (belongsTo(request.getTeam()) || coordinates(request.getSchool())))) {
      throw currentUser.refuse("visit " + request.getId());
    }
    return currentUser.get();
  }

  /** A city the user coordinates (or any, for an admin). */
  SignedInUser requireCoordinatorOf(String cityCode) {
    return currentUser.requireCoordinatorOf(cityCode, "visits of city " + cityCode);
  }
}
