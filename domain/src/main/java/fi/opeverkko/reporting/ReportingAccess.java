package fi.opeverkko.reporting;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who may do what with the survey: admins keep the rounds; the teaching staff answer for
 * themselves; admins read every result, coordinators their own city's, expert teams' members and
 * leaders (who organise the courses and visits) the needs of the network by city, type and
 * language, but never a single school's.
 */
@Dependent
class ReportingAccess {

  @Inject private CurrentUser currentUser;

  SignedInUser requireAdmin() {
    return currentUser.require(PortalRole.ADMIN);
  }

  /** A teacher or a principal this school year, with their person in the registry. */
  SignedInUser requireTeachingStaff() {
    SignedInUser user = currentUser.require(PortalRole.TEACHER, PortalRole.PRINCIPAL);
    if (user.personId() == null) {
      throw currentUser.refuse("survey without a person");
    }
    return user;
  }

  /**
   * The reader of results grouped so, for the city asked (null: every city the reader may see).
   *
   * @return the city the figures are limited to; empty for every city
   */
  Optional<String> requireResultsReader(Grouping grouping, String cityCode) {
    SignedInUser user =
        currentUser.require(
            PortalRole.ADMIN,
            PortalRole.CITY_COORDINATOR,
            PortalRole.EXPERT,
            PortalRole.TEAM_LEADER);
    if (user.isAdmin()) {
      return Optional.ofNullable(cityCode);
    }
    Optional<String> coordinated = user.coordinatedCity();
    if (coordinated.isPresent()) {
      if (cityCode != null && !cityCode.equals(coordinated.get())) {
        throw currentUser.refuse("survey results of city " + cityCode);
      }
      return coordinated;
    }
    if (grouping == Grouping.SCHOOL) {
      throw currentUser.refuse("survey results by school");
    }
    return Optional.ofNullable(cityCode);
  }
}
