package fi.opeverkko.web.visits;

import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.visits.CityVisitFilter;
import fi.opeverkko.visits.CityVisitQueries;
import fi.opeverkko.visits.VisitRequest;
import fi.opeverkko.visits.VisitStatus;
import fi.opeverkko.web.common.CityScope;
import fi.opeverkko.web.common.PagedModel;
import fi.opeverkko.web.common.Spreadsheets;
import fi.opeverkko.web.common.Tables;
import fi.opeverkko.web.i18n.LanguageSwitch;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * A coordinator's view of all visits requested in their city, by status, team, school type, month.
 */
@Named
@ViewScoped
public class CityVisitsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CityVisitQueries queries;
  @Inject private NetworkOverviewService network;
  @Inject private CityScope scope;
  @Inject private Spreadsheets spreadsheets;
  @Inject private Texts texts;
  @Inject private LanguageSwitch languageSwitch;

  private VisitStatus status;
  private Long teamId;
  private SchoolType schoolType;
  private YearMonth month;
  private Map<VisitStatus, Long> byStatus;
  private List<ExpertTeam> teams;
  private final LazyDataModel<VisitRequest> visits =
      new PagedModel<>(
          this::countVisits,
          (first, size) -> queries.ofCity(filter(), first, size),
          VisitRequest::getId);

  public void load() {
    byStatus = queries.countByStatus(scope.getCode());
    teams = network.teams();
  }

  public void search() {
    Tables.firstPage(":visitsForm:visits");
  }

  /** The figures by status are those the page shows, counted when it opened. */
  private long countVisits() {
    CityVisitFilter filter = filter();
    return filter.byStatusAlone() ? filter.countIn(byStatus) : queries.countOfCity(filter);
  }

  private CityVisitFilter filter() {
    return new CityVisitFilter(scope.getCode(), status, teamId, schoolType, month);
  }

  public StreamedContent getCsv() {
    return spreadsheets.csv(fileName(), queries.exportOfCity(filter()));
  }

  public StreamedContent getXlsx() {
    return spreadsheets.xlsx(fileName(), "cityVisits.title", queries.exportOfCity(filter()));
  }

  private String fileName() {
    return "visits-" + scope.getCode().toLowerCase(Locale.ROOT);
  }

  /** The months a coordinator filters by: this one and the eleven before it. */
  public List<YearMonth> getMonths() {
    YearMonth now = YearMonth.now();
    return java.util.stream.IntStream.range(0, 12).mapToObj(now::minusMonths).toList();
  }

  /** A month as the user's language names it ("joulukuu 2026"), not as ISO writes it (2026-12). */
  public String monthName(YearMonth month) {
    return DateTimeFormatter.ofPattern(texts.get("format.monthPattern"), languageSwitch.getLocale())
        .format(month);
  }

  public long count(VisitStatus visitStatus) {
    return byStatus.getOrDefault(visitStatus, 0L);
  }

  public VisitStatus[] getStatuses() {
    return VisitStatus.SENT.toArray(VisitStatus[]::new);
  }

  public SchoolType[] getSchoolTypes() {
    return SchoolType.values();
  }

  public List<ExpertTeam> getTeams() {
    return teams;
  }

  public LazyDataModel<VisitRequest> getVisits() {
    return visits;
  }

  /** The city the page acts on. */
  public CityScope getScope() {
    return scope;
  }

  public VisitStatus getStatus() {
    return status;
  }

  public void setStatus(VisitStatus status) {
    this.status = status;
  }

  public Long getTeamId() {
    return teamId;
  }

  public void setTeamId(Long teamId) {
    this.teamId = teamId;
  }

  public SchoolType getSchoolType() {
    return schoolType;
  }

  public void setSchoolType(SchoolType schoolType) {
    this.schoolType = schoolType;
  }

  public String getMonth() {
    return month == null ? null : month.toString();
  }

  public void setMonth(String month) {
    this.month = month == null || month.isBlank() ? null : YearMonth.parse(month);
  }
}
