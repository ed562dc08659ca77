package fi.opeverkko.reporting;

import fi.opeverkko.competence.Level;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The dashboard's figures as the pack's indicators, each a table of the groups and their total (or
 * of the terms), in the pack's language: the same figures the dashboard shows, so the pack and the
 * page never disagree.
 */
final class PackIndicators {

  static final String BUNDLE = "fi.opeverkko.reporting.pack";

  private final ResourceBundle texts;
  private final Locale locale;

  PackIndicators(Locale locale) {
    this.locale = locale;
    this.texts = ResourceBundle.getBundle(BUNDLE, locale);
  }

  String text(String key, Object... values) {
    return new MessageFormat(texts.getString(key), locale).format(values);
  }

  List<Indicator> of(Dashboard dashboard) {
    List<Indicator> indicators = new ArrayList<>();
    List<String> levelColumns = new ArrayList<>(List.of(text("column.staff")));
    for (Level level : Level.values()) {
      levelColumns.add(text("column.atLevel", level.number()));
      levelColumns.add(text("column.levelShare", level.number(), level.targetPercent()));
    }
    indicators.add(
        grouped(
            dashboard,
            "indicator.levels",
            levelColumns,
            List.of(3, 5, 7),
            row ->
                List.of(
                    row.staff(),
                    row.atLevel1(),
                    percent(row, Level.BASIC),
                    row.atLevel2(),
                    percent(row, Level.ADVANCED),
                    row.atLevel3(),
                    percent(row, Level.DEVELOPER))));
    indicators.add(
        grouped(
            dashboard,
            "indicator.grants",
            List.of(text("column.grants")),
            List.of(1),
            row -> List.of(row.grants())));
    indicators.add(
        grouped(
            dashboard,
            "indicator.courses",
            List.of(text("column.coursePlaces"), text("column.coursesCompleted")),
            List.of(1, 2),
            row -> List.of(row.coursePlaces(), row.coursesCompleted())));
    indicators.add(
        grouped(
            dashboard,
            "indicator.visits",
            List.of(text("column.visits"), text("column.feedbackGiven"), text("column.feedback")),
            List.of(1),
            row ->
                Arrays.asList(row.visits(), row.feedbackGiven(), average(row.feedbackAverage()))));
    indicators.add(
        grouped(
            dashboard,
            "indicator.activity",
            List.of(text("column.plans"), text("column.hours")),
            List.of(2),
            row -> List.of(row.plansApproved(), tenths(row.hoursLogged()))));
    indicators.add(trend(dashboard.trend()));
    return indicators;
  }

  private Indicator grouped(
      Dashboard dashboard,
      String titleKey,
      List<String> figureColumns,
      List<Integer> charted,
      Function<DashboardRow, List<?>> figures) {
    List<String> columns = new ArrayList<>();
    columns.add(text(dashboard.grouping() == Grouping.SCHOOL ? "column.school" : "column.city"));
    columns.addAll(figureColumns);
    List<List<Object>> rows = new ArrayList<>();
    for (DashboardRow row : dashboard.rows()) {
      rows.add(line(row.name() == null ? row.key() : row.name().in(locale), figures.apply(row)));
    }
    rows.add(line(text("row.total"), figures.apply(dashboard.total())));
    return new Indicator(text(titleKey), columns, rows, charted, false);
  }

  private Indicator trend(List<TermFigures> terms) {
    List<List<Object>> rows = new ArrayList<>();
    for (TermFigures term : terms) {
      rows.add(
          line(
              text(term.spring() ? "term.spring" : "term.autumn", term.year().label()),
              Arrays.asList(
                  term.grants(),
                  term.coursePlaces(),
                  term.visits(),
                  average(term.feedbackAverage()),
                  tenths(term.hoursLogged()))));
    }
    return new Indicator(
        text("indicator.trend"),
        List.of(
            text("column.term"),
            text("column.grants"),
            text("column.coursePlaces"),
            text("column.visits"),
            text("column.feedback"),
            text("column.hours")),
        rows,
        List.of(1, 2, 3),
        true);
  }

  private static List<Object> line(String name, List<?> figures) {
    List<Object> line = new ArrayList<>();
    line.add(name);
    line.addAll(figures);
    return line;
  }

  /** The share at the level, in percent to a tenth, as the dashboard rounds it. */
  private static double percent(DashboardRow row, Level level) {
    return tenths(row.percent(level));
  }

  private static Double average(Double average) {
    return average == null ? null : Math.round(average * 100) / 100.0;
  }

  private static double tenths(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
