package fi.opeverkko.web.reporting;

import fi.opeverkko.pilots.AreaStateCount;
import fi.opeverkko.pilots.PilotFigures;
import fi.opeverkko.pilots.RoundFigures;
import fi.opeverkko.platform.SchoolYear;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The dashboard's section on the pilot schools: the year's projects per area and state and each
 * self-evaluation round's returns, of the dashboard's city (the network's for admins).
 */
@Named
@ViewScoped
public class PilotPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PilotFigures figures;
  @Inject private DashboardView dashboard;

  private String loadedFor;
  private List<AreaStateCount> projects = List.of();
  private List<RoundFigures> rounds = List.of();

  public List<AreaStateCount> getProjects() {
    loadForTheDashboard();
    return projects;
  }

  public List<RoundFigures> getRounds() {
    loadForTheDashboard();
    return rounds;
  }

  /**
   * Read when the section is drawn (after the page, by its own request), again only when the
   * dashboard shows another city or year.
   */
  private void loadForTheDashboard() {
    if (dashboard.getDashboard() == null || dashboard.getYear() == null) {
      return;
    }
    String city = dashboard.getDashboard().cityCode();
    Integer year = dashboard.getYear();
    String shown = city + "/" + year;
    if (!shown.equals(loadedFor)) {
      SchoolYear schoolYear = new SchoolYear(year);
      projects = figures.projects(city, schoolYear);
      rounds = figures.rounds(city, schoolYear);
      loadedFor = shown;
    }
  }
}
