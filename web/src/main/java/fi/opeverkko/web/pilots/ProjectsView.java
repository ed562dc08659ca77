package fi.opeverkko.web.pilots;

import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.pilots.AreaEvaluation;
import fi.opeverkko.pilots.EvaluationService;
import fi.opeverkko.pilots.PilotQueries;
import fi.opeverkko.pilots.PilotService;
import fi.opeverkko.pilots.RoundRow;
import fi.opeverkko.pilots.SchoolChoice;
import fi.opeverkko.pilots.StandingRow;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.CityScope;
import fi.opeverkko.web.common.PagedModel;
import fi.opeverkko.web.i18n.LanguageSwitch;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The coordinator's overview of the city's pilots this school year: each pilot's area, project
 * state and self-evaluations (answered, late), a page at a time; starting a school's project; and
 * the evaluations of a round read by area.
 */
@Named
@ViewScoped
public class ProjectsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PilotQueries queries;
  @Inject private PilotService pilots;
  @Inject private EvaluationService evaluations;
  @Inject private Actions actions;
  @Inject private CityScope scope;
  @Inject private LanguageSwitch language;

  private List<SchoolChoice> schools = List.of();
  private List<RoundRow> rounds = List.of();
  private Long newSchoolId;
  private DevelopmentArea newArea;
  private Long readRoundId;
  private DevelopmentArea readArea;
  private List<AreaEvaluation> read = List.of();

  private final LazyDataModel<StandingRow> pilotsOfCity =
      new PagedModel<>(
          () -> queries.countStanding(scope.getCode()),
          (first, size) -> queries.standing(scope.getCode(), first, size),
          StandingRow::projectId);

  public void load() {
    scope.read();
    schools = queries.schoolsWithoutProject(scope.getCode());
    rounds = evaluations.rounds();
  }

  public void start() {
    Long school = newSchoolId;
    DevelopmentArea area = newArea;
    if (actions.run(() -> pilots.start(school, area), "pilot.started")) {
      newSchoolId = null;
      newArea = null;
      load();
    }
  }

  public void readEvaluations() {
    Long round = readRoundId;
    DevelopmentArea area = readArea;
    read =
        actions
            .call(() -> queries.areaEvaluations(round, area, scope.getCode(), language.getLocale()))
            .orElse(List.of());
  }

  /** The questions of the round being read, in the reader's language. */
  public List<String> getReadQuestions() {
    return rounds.stream()
        .filter(round -> round.id() == (readRoundId == null ? -1 : readRoundId))
        .findFirst()
        .map(round -> round.questions().stream().map(q -> q.in(language.getLocale())).toList())
        .orElse(List.of());
  }

  public DevelopmentArea[] getAreas() {
    return DevelopmentArea.values();
  }

  public LazyDataModel<StandingRow> getPilots() {
    return pilotsOfCity;
  }

  public List<SchoolChoice> getSchools() {
    return schools;
  }

  public List<RoundRow> getRounds() {
    return rounds;
  }

  public List<AreaEvaluation> getRead() {
    return read;
  }

  public CityScope getScope() {
    return scope;
  }

  public Long getNewSchoolId() {
    return newSchoolId;
  }

  public void setNewSchoolId(Long newSchoolId) {
    this.newSchoolId = newSchoolId;
  }

  public DevelopmentArea getNewArea() {
    return newArea;
  }

  public void setNewArea(DevelopmentArea newArea) {
    this.newArea = newArea;
  }

  public Long getReadRoundId() {
    return readRoundId;
  }

  public void setReadRoundId(Long readRoundId) {
    this.readRoundId = readRoundId;
  }

  public DevelopmentArea getReadArea() {
    return readArea;
  }

  public void setReadArea(DevelopmentArea readArea) {
    this.readArea = readArea;
  }
}
