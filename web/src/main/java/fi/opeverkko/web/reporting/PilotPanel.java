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

  private List<AreaStateCount> projects = List.of();
  private List<RoundFigures> rounds = List.of();

  public void load(String city, Integer year) {
    SchoolYear schoolYear = new SchoolYear(year);
    projects = figures.projects(city, schoolYear);
    rounds = figures.rounds(city, schoolYear);
  }

  public List<AreaStateCount> getProjects() {
    return projects;
  }

  public List<RoundFigures> getRounds() {
    return rounds;
  }
}
