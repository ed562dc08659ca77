package fi.opeverkko.visits;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.Person;
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

  /** Whether the user leads the team (an admin leads every team); nobody leads a missing team. */
  boolean leads(ExpertTeam team) {
    return team != null && teams.leads(team);
  }

  /** The team's leader (or an admin); a request still waiting for a team has nobody to answer. */
  SignedInUser requireLeaderOf(ExpertTeam team) {
    if (team == null) {
      throw new VisitRuleException("visit.waitsForTeam");
    }
    if (!leads(team)) {
      throw currentUser.refuse("visits of team " + team.getId());
    }
    return currentUser.get();
  }

  boolean belongsTo(ExpertTeam team) {
    return team == null ? currentUser.get().isAdmin() : belongsTo(team.getId());
  }

  private boolean belongsTo(Long teamId) {
    return currentUser.get().actsForTeam(teamId);
  }

  SignedInUser requireMemberOf(ExpertTeam team) {
    if (team == null) {
      throw new VisitRuleException("visit.waitsForTeam");
    }
    return requireMemberOf(team.getId());
  }

  /** A member of the team (or an admin), checked without reading the team. */
  SignedInUser requireMemberOf(Long teamId) {
    if (!belongsTo(teamId)) {
      throw currentUser.refuse("visits of team " + teamId);
    }
    return currentUser.get();
  }

  /**
   * The team's own leader, who takes a request waiting for a team for it: admins read the triage
   * list but take nothing, since a request is taken by the team that will do the work.
   */
  SignedInUser requireOwnLeaderOf(ExpertTeam team) {
    SignedInUser user = currentUser.get();
    Person leader = team.getLeader();
    if (leader == null || !leader.getId().equals(user.personId())) {
      throw currentUser.refuse("triage for team " + team.getId());
    }
    return user;
  }

  /** Whether the user leads a team: every team leader reads the requests waiting for a team. */
  boolean triages() {
    return currentUser.get().has(PortalRole.TEAM_LEADER);
  }

  boolean coordinates(School school) {
    return currentUser.get().actsFor(school.getCity().getCode());
  }

  /**
   * The school's requesters, the team's members and the city's coordinator read a visit; an unsent
   * draft is still the school's own, read only by its requesters (and admins). A request waiting
   * for a team is read by every team leader, who may take it.
   */
  SignedInUser requireReaderOf(VisitRequest request) {
    boolean othersMayRead = request.getStatus() != VisitStatus.DRAFT;
    boolean teamMayRead = request.waitsForTeam() ? triages() : belongsTo(request.getTeam());
    if (!requests(request.getSchool())
        && !(othersMayRead && (teamMayRead || coordinates(request.getSchool())))) {
      throw currentUser.refuse("visit " + request.getId());
    }
    return currentUser.get();
  }

  /** A city the user coordinates (or any, for an admin). */
  SignedInUser requireCoordinatorOf(String cityCode) {
    return currentUser.requireCoordinatorOf(cityCode, "visits of city " + cityCode);
  }
}
