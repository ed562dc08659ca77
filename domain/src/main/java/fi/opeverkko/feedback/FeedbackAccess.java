package fi.opeverkko.feedback;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.ExpertTeam;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Who may do what with feedback discussions. The leader of the subject's team leads it (records and
 * closes); for the central unit's courses, which have no team, the admins do. Its trainers and the
 * team's members read it. Admins may do everything.
 */
@Dependent
class FeedbackAccess {

  @Inject private CurrentUser currentUser;

  SignedInUser user() {
    return currentUser.get();
  }

  boolean leads(FeedbackSubject subject) {
    SignedInUser user = currentUser.get();
    ExpertTeam team = subject.getTeam();
    return user.isAdmin()
        || (team != null
            && team.getLeader() != null
            && Objects.equals(team.getLeader().getId(), user.personId()));
  }

  boolean reads(FeedbackSubject subject) {
    SignedInUser user = currentUser.get();
    return leads(subject)
        || (subject.getTeam() != null && user.teamIds().contains(subject.getTeam().getId()))
        || subject.getTrainers().stream().anyMatch(p -> p.getId().equals(user.personId()));
  }

  SignedInUser requireLeaderOf(FeedbackDiscussion discussion) {
    if (!leads(discussion.getSubject())) {
      throw currentUser.refuse("feedback discussion " + discussion.getId());
    }
    return currentUser.get();
  }

  void requireReaderOf(FeedbackDiscussion discussion) {
    if (!reads(discussion.getSubject())) {
      throw currentUser.refuse("feedback discussion " + discussion.getId());
    }
  }

  /** A member of the team (its leader among them) or an admin, checked without reading the team. */
  SignedInUser requireMemberOf(Long teamId) {
    SignedInUser user = currentUser.get();
    if (!user.actsForTeam(teamId)) {
      throw currentUser.refuse("feedback of team " + teamId);
    }
    return user;
  }

  /** Team leaders (their teams), coordinators and admins (every team). */
  SignedInUser requireTrendReader() {
    return currentUser.require(
        PortalRole.ADMIN, PortalRole.CITY_COORDINATOR, PortalRole.TEAM_LEADER);
  }
}
