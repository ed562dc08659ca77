package fi.opeverkko.web.network;

import fi.opeverkko.network.CityOverview;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.SchoolOverview;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeamOverview;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.web.security.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page: what concerns the signed-in user, according to their roles. */
@Named
@RequestScoped
public class HomeView {

  @Inject private NetworkOverviewService network;
  @Inject private UserSession userSession;

  private SchoolYear schoolYear;
  private List<SchoolOverview> schools;
  private List<TeamOverview> teams;
  private CityOverview city;

  @PostConstruct
  void load() {
    schoolYear = network.currentSchoolYear();
    schools = network.mySchools();
    teams = network.myTeams();
    String coordinatedCity = userSession.getCoordinatedCity();
    city = coordinatedCity == null ? null : network.cityOverview(coordinatedCity);
  }

  /** Whether the user writes or approves the school's tutor activity plan. */
  public boolean hasTutorPlan(SchoolOverview overview) {
    return overview.school().getType() == SchoolType.COMPREHENSIVE
        && (overview.myRoles().contains(SchoolRole.TUTOR)
            || overview.myRoles().contains(SchoolRole.PRINCIPAL));
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public List<SchoolOverview> getSchools() {
    return schools;
  }

  public List<TeamOverview> getTeams() {
    return teams;
  }

  public CityOverview getCity() {
    return city;
  }
}
