package fi.opeverkko.web.shell;

import fi.opeverkko.courses.CourseFeedbackForm;
import fi.opeverkko.courses.CourseFeedbackService;
import fi.opeverkko.network.CityOverview;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.SchoolOverview;
import fi.opeverkko.network.TeamOverview;
import fi.opeverkko.plans.PlanQueries;
import fi.opeverkko.plans.PlanStanding;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.web.security.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The home page: what concerns the signed-in user, according to their roles. */
@Named
@RequestScoped
public class HomeView {

  @Inject private NetworkOverviewService network;
  @Inject private UserSession userSession;
  @Inject private PlanQueries planQueries;
  @Inject private CourseFeedbackService courses;

  private SchoolYear schoolYear;
  private List<SchoolOverview> schools;
  private List<TeamOverview> teams;
  private CityOverview city;
  private Map<Long, PlanStanding> planStandings;
  private List<CourseFeedbackForm> courseFeedback;

  @PostConstruct
  void load() {
    schoolYear = network.currentSchoolYear();
    schools = network.mySchools();
    teams = network.myTeams();
    String coordinatedCity = userSession.getCoordinatedCity();
    city = coordinatedCity == null ? null : network.cityOverview(coordinatedCity);
  }

  /**
   * Where the school's tutor activity plan stands, when the user writes or approves it; null
   * otherwise.
   */
  public PlanStanding planStanding(SchoolOverview overview) {
    if (planStandings == null) {
      planStandings = planQueries.myPlanStandings();
    }
    return planStandings.get(overview.school().getId());
  }

  /** The courses the teacher may give feedback on now. */
  public List<CourseFeedbackForm> getCourseFeedback() {
    if (courseFeedback == null) {
      courseFeedback = courses.awaitingMine();
    }
    return courseFeedback;
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
