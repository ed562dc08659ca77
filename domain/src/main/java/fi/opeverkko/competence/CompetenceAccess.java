package fi.opeverkko.competence;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.TeachingStaff;
import fi.opeverkko.platform.Clock;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;

/**
 * Who may do what with badges and levels, always against the object in question: teachers apply for
 * themselves; the reviewer given an application reviews it; the principal answers for the levels of
 * their own school's staff; the catalogue is kept by admins and the granting community;
 * coordinators read their city's figures and nothing of anybody's evidence; admins read everything.
 */
@Dependent
class CompetenceAccess {

  @Inject private CurrentUser currentUser;
  @Inject private GrantingCommunity community;
  @Inject private TeachingStaff staff;
  @Inject private Clock clock;

  SignedInUser user() {
    return currentUser.get();
  }

  /** A teacher or a principal this school year, with their person in the registry. */
  SignedInUser requireTeachingStaff() {
    SignedInUser user = currentUser.require(PortalRole.TEACHER, PortalRole.PRINCIPAL);
    if (user.personId() == null) {
      throw currentUser.refuse("badges without a person");
    }
    return user;
  }

  /** An admin, or a member of the granting community: who keep the badge catalogue. */
  SignedInUser requireKeeper() {
    if (!isKeeper()) {
      throw currentUser.refuse("badge catalogue");
    }
    return currentUser.get();
  }

  boolean isKeeper() {
    SignedInUser user = currentUser.get();
    return user.isAdmin() || community.includes(user.personId());
  }

  SignedInUser requireAdmin() {
    return currentUser.require(PortalRole.ADMIN);
  }

  /** The applicant themselves: nobody else writes their evidence or sends it. */
  SignedInUser requireApplicantOf(BadgeApplication application) {
    SignedInUser user = currentUser.get();
    if (!isPerson(user, application.getApplicant().getId())) {
      throw currentUser.refuse("badge application " + application.getId());
    }
    return user;
  }

  /** The reviewer given the application, and only them. */
  SignedInUser requireReviewerOf(BadgeApplication application) {
    SignedInUser user = currentUser.get();
    if (application.getReviewer() == null || !isPerson(user, application.getReviewer().getId())) {
      throw currentUser.refuse("review of badge application " + application.getId());
    }
    return user;
  }

  /**
   * The applicant, the reviewer given it and admins read an application with its evidence; nobody
   * else, coordinators and principals included.
   */
  SignedInUser requireReaderOf(BadgeApplication application) {
    SignedInUser user = currentUser.get();
    boolean reviewer =
        application.getReviewer() != null && isPerson(user, application.getReviewer().getId());
    if (!user.isAdmin() && !reviewer && !isPerson(user, application.getApplicant().getId())) {
      throw currentUser.refuse("badge application " + application.getId());
    }
    return user;
  }

  /**
   * The principal of a school where the person is on the teaching staff this school year (or an
   * admin); never the person themselves, so no principal confirms their own level.
   */
  SignedInUser requirePrincipalOf(Long personId) {
    SignedInUser user = currentUser.get();
    if (isPerson(user, personId) || !(user.isAdmin() || leadsSchoolOf(user, personId))) {
      throw currentUser.refuse("competence levels of person " + personId);
    }
    return user;
  }

  /** The school's principal, the coordinator of its city, or an admin. */
  SignedInUser requireStandingReaderOf(School school) {
    SignedInUser user = currentUser.get();
    if (!user.actsFor(school.getCity().getCode()) && !principalOf(user, school.getId())) {
      throw currentUser.refuse("competence of school " + school.getId());
    }
    return user;
  }

  /** The school's principal, or an admin: who read the school's staff by name and badge. */
  SignedInUser requireStaffReaderOf(Long schoolId) {
    SignedInUser user = currentUser.get();
    if (!user.isAdmin() && !principalOf(user, schoolId)) {
      throw currentUser.refuse("competence of the staff of school " + schoolId);
    }
    return user;
  }

  /** An admin for the network's figures (null), an admin or the city's coordinator for a city's. */
  SignedInUser requireFiguresOf(String cityCode) {
    return currentUser.requireFiguresOf(cityCode, "competence figures of city " + cityCode);
  }

  SignedInUser requireCoordinatorOf(String cityCode) {
    return currentUser.requireCoordinatorOf(cityCode, "competence of city " + cityCode);
  }

  private boolean principalOf(SignedInUser user, Long schoolId) {
    return principalSchools(user).contains(schoolId);
  }

  private boolean leadsSchoolOf(SignedInUser user, Long personId) {
    Set<Long> theirs = staff.schoolsOf(personId, TeachingStaff.ROLES, clock.currentSchoolYear());
    return !Collections.disjoint(principalSchools(user), theirs);
  }

  private Set<Long> principalSchools(SignedInUser user) {
    if (user.personId() == null || !user.has(PortalRole.PRINCIPAL)) {
      return Set.of();
    }
    return staff.schoolsOf(
        user.personId(), Set.of(SchoolRole.PRINCIPAL), clock.currentSchoolYear());
  }

  private static boolean isPerson(SignedInUser user, Long personId) {
    return user.personId() != null && Objects.equals(user.personId(), personId);
  }
}
