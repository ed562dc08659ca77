package fi.opeverkko.web.competence;

import fi.opeverkko.competence.Standing;
import fi.opeverkko.competence.StandingService;
import fi.opeverkko.network.SchoolOverview;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.platform.Clock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * The standing against the competence targets for the pages of other contexts that show it (the
 * principal's home, the coordinator's city page), each read once per request.
 */
@Named
@RequestScoped
public class Standings {

  @Inject private StandingService standing;
  @Inject private Clock clock;

  private final Map<Long, Standing> schools = new HashMap<>();
  private final Map<String, Standing> cities = new HashMap<>();
  private Standing network;

  /** The school's standing this school year if the user leads it; null otherwise. */
  public Standing school(SchoolOverview overview) {
    if (!overview.myRoles().contains(SchoolRole.PRINCIPAL)) {
      return null;
    }
    return schools.computeIfAbsent(
        overview.school().getId(), id -> standing.school(id, clock.currentSchoolYear()));
  }

  public Standing city(String cityCode) {
    return cities.computeIfAbsent(cityCode, code -> standing.city(code, clock.currentSchoolYear()));
  }

  /** The whole network's standing: admins only (the page shows it to them alone). */
  public Standing getNetwork() {
    if (network == null) {
      network = standing.network(clock.currentSchoolYear());
    }
    return network;
  }
}
