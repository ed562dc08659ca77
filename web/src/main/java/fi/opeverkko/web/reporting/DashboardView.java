package fi.opeverkko.web.reporting;

import fi.opeverkko.competence.Level;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.JsonBuilders;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.reporting.Dashboard;
import fi.opeverkko.reporting.DashboardRow;
import fi.opeverkko.reporting.Grouping;
import fi.opeverkko.reporting.RecentDashboards;
import fi.opeverkko.reporting.ReportingRuleException;
import fi.opeverkko.reporting.TermFigures;
import fi.opeverkko.web.common.Responses;
import fi.opeverkko.web.common.TypedDateConverter;
import fi.opeverkko.web.i18n.LanguageSwitch;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The target dashboard: a school year grouped one way, in the network or a city, all three in the
 * address ({@code ?year=&by=&city=}) so that a view can be shared; the charts say what the tables
 * under them say in figures.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RecentDashboards dashboards;
  @Inject private Clock clock;
  @Inject private LanguageSwitch language;
  @Inject private Texts texts;

  private Integer year;
  private Grouping by;
  private String city;
  private Dashboard dashboard;

  /** Counts the address's dashboard; 404 for a year no dashboard is counted for. */
  public void load() throws IOException {
    if (year == null) {
      year = clock.currentSchoolYear().startYear();
    }
    if (by == null) {
      by = city == null ? Grouping.CITY : Grouping.SCHOOL;
    }
    try {
      dashboard = dashboards.dashboard(new SchoolYear(year), by, city);
    } catch (IllegalArgumentException | ReportingRuleException noSuchYear) {
      // A year no school year has (?year=-1, ?year=1999: before the portal's first) or one it has
      // no figures for (?year=2000, whose year before is none): answered as any address naming
      // what is not there.
      Responses.notFound();
    }
  }

  /** When the figures shown were counted, as the reader's language writes a time. */
  public String getCountedAt() {
    return dashboard
        .countedAt()
        .format(
            TypedDateConverter.pattern(
                FacesContext.getCurrentInstance(), "format.dateTimePattern"));
  }

  /** The group's name as a reader says it. */
  public String groupName(DashboardRow row) {
    return switch (by) {
      case NETWORK -> texts.get("survey.network");
      case SCHOOL_TYPE -> texts.get("schoolType." + row.key());
      case LANGUAGE -> texts.get("teachingLanguage." + row.key());
      case CITY, SCHOOL -> row.name().in(language.getLocale());
    };
  }

  public String termName(TermFigures term) {
    return texts.get(term.spring() ? "dashboard.spring" : "dashboard.autumn", term.year().label());
  }

  /** The levels chart (Chart.js as PrimeFaces draws it): a bar per level and group, in percent. */
  public String getLevelsChart() {
    JsonArrayBuilder datasets = JsonBuilders.array();
    for (Level level : Level.values()) {
      datasets.add(
          dataset(
              texts.get("dashboard.levelShare", level.number(), level.targetPercent()),
              dashboard.rows(),
              row -> Math.round(row.percent(level) * 10) / 10.0));
    }
    return chart("bar", labels(dashboard.rows().stream().map(this::groupName).toList()), datasets);
  }

  /**
   * The trend chart: badges granted, course places taken, visits delivered and hours logged term by
   * term.
   */
  public String getTrendChart() {
    List<TermFigures> terms = dashboard.trend();
    JsonArrayBuilder datasets =
        JsonBuilders.array()
            .add(dataset(texts.get("dashboard.grants"), terms, TermFigures::grants))
            .add(dataset(texts.get("dashboard.coursePlaces"), terms, TermFigures::coursePlaces))
            .add(dataset(texts.get("dashboard.visits"), terms, TermFigures::visits))
            .add(
                dataset(
                    texts.get("dashboard.hours"), terms, term -> Math.round(term.hoursLogged())));
    return chart("line", labels(terms.stream().map(this::termName).toList()), datasets);
  }

  private static JsonArrayBuilder labels(List<String> names) {
    JsonArrayBuilder labels = JsonBuilders.array();
    names.forEach(labels::add);
    return labels;
  }

  private static <T> jakarta.json.JsonObjectBuilder dataset(
      String label, List<T> items, ToDoubleFunction<T> figure) {
    JsonArrayBuilder data = JsonBuilders.array();
    items.forEach(item -> data.add(figure.applyAsDouble(item)));
    return JsonBuilders.object().add("label", label).add("data", data);
  }

  private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
    return JsonBuilders.object()
        .add("type", type)
        .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            JsonBuilders.object().add("animation", false).add("maintainAspectRatio", false))
        .build()
        .toString();
  }

  public List<SchoolYear> getYears() {
    SchoolYear current = clock.currentSchoolYear();
    return List.of(current.previous(), current);
  }

  public Grouping[] getGroupings() {
    return Grouping.values();
  }

  public Level[] getLevels() {
    return Level.values();
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Grouping getBy() {
    return by;
  }

  public void setBy(Grouping by) {
    this.by = by;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }
}
