package fi.opeverkko.courses;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.TeachingStaff;
import fi.opeverkko.platform.Clock;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Set;

/**
 * Who may do what with courses, always against the object in question: a course's organisers are
 * its team's members and leader this school year (admins for the central unit's courses and every
 * course); teachers sign themselves up and cancel their own sign-ups; the principal answers for the
 * sign-ups of their own school.
 */
@Dependent
class CourseAccess {

  @Inject private CurrentUser currentUser;
  @Inject private TeachingStaff staff;
  @Inject private Clock clock;

  SignedInUser user() {
    return currentUser.get();
  }

  /** An admin, or a member or leader of the team that is to organise the course. */
  SignedInUser requireOrganiserFor(Long teamId) {
    SignedInUser user = currentUser.get();
    if (!user.actsForTeam(teamId)) {
      throw currentUser.refuse("courses of team " + teamId);
    }
    return user;
  }

  SignedInUser requireOrganiserOf(Course course) {
    return requireOrganiserFor(teamIdOf(course));
  }

  /** Whether the signed-in user organises the course (without refusing anybody). */
  boolean organises(Course course) {
    return currentUser.get().actsForTeam(teamIdOf(course));
  }

  private static Long teamIdOf(Course course) {
    return course.getTeam() == null ? null : course.getTeam().getId();
  }

  /** A teacher or principal this school year with their person: the schools they sign up from. */
  Set<Long> requireTeachingSchools() {
    SignedInUser user = currentUser.require(PortalRole.TEACHER, PortalRole.PRINCIPAL);
    Set<Long> schools =
        user.personId() == null
            ? Set.of()
            : staff.schoolsOf(user.personId(), TeachingStaff.ROLES, clock.currentSchoolYear());
    if (schools.isEmpty()) {
      throw currentUser.refuse("course sign-up without a school");
    }
    return schools;
  }

  /** The teacher themselves, or an admin. */
  SignedInUser requireOwnerOf(SignUp signUp) {
    SignedInUser user = currentUser.get();
    if (!user.isAdmin() && !Objects.equals(user.personId(), signUp.getTeacher().getId())) {
      throw currentUser.refuse("course sign-up " + signUp.getId());
    }
    return user;
  }

  /** The principal of the school this school year, or an admin. */
  SignedInUser requirePrincipalOf(Long schoolId) {
    SignedInUser user = currentUser.get();
    if (!user.isAdmin() && !principalSchools(user).contains(schoolId)) {
      throw currentUser.refuse("course sign-ups of school " + schoolId);
    }
    return user;
  }

  /** The principal of the sign-up's school, never for their own sign-up; or an admin. */
  SignedInUser requireApproverOf(SignUp signUp) {
    SignedInUser user = requirePrincipalOf(signUp.getSchool().getId());
    if (!user.isAdmin() && Objects.equals(user.personId(), signUp.getTeacher().getId())) {
      throw currentUser.refuse("approval of own course sign-up " + signUp.getId());
    }
    return user;
  }

  /** A coordinator for their own city, an admin for any city or (no city) for all of them. */
  SignedInUser requireFiguresOf(String cityCode) {
    SignedInUser user = currentUser.get();
    boolean allowed = cityCode == null ? user.isAdmin() : user.actsFor(cityCode);
    if (!allowed) {
      throw currentUser.refuse("course figures of " + (cityCode == null ? "every city" : cityCode));
    }
    return user;
  }

  private Set<Long> principalSchools(SignedInUser user) {
    if (user.personId() == null || !user.has(PortalRole.PRINCIPAL)) {
      return Set.of();
    }
    return staff.schoolsOf(
        user.personId(), Set.of(SchoolRole.PRINCIPAL), clock.currentSchoolYear());
  }
}
