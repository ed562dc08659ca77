package fi.opeverkko.reporting;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who may do what in reporting. The dashboard and its packs: admins the network or any city,
 * coordinators their own city. The survey: admins keep the rounds; the teaching staff answer for
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
   * The reader of the dashboard and its indicator pack, for the city asked (null: the network):
   * admins any city or the network, coordinators their own city whatever was asked for none.
   *
   * @return the city whose figures the user reads, or null for the network
   */
  String requireDashboardReader(String cityCode) {
    SignedInUser user = currentUser.require(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR);
    if (user.isAdmin()) {
      return cityCode;
    }
    String own = user.coordinatedCity().orElseThrow(() -> currentUser.refuse("dashboard"));
    if (cityCode != null && !cityCode.equals(own)) {
      throw currentUser.refuse("dashboard of city " + cityCode);
    }
    return own;
  }

  /** The reader of a pack made for the city (null: the network), which must be their scope. */
  SignedInUser requirePackReader(String cityCode, Long packId) {
    return currentUser.requireFiguresOf(cityCode, "indicator pack " + packId);
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
