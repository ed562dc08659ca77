package fi.opeverkko.api.reporting;

import fi.opeverkko.api.Names;
import fi.opeverkko.reporting.Dashboard;
import fi.opeverkko.reporting.DashboardRow;
import fi.opeverkko.reporting.Grouping;
import java.util.List;

/**
 * The target dashboard's figures of a school year, grouped.
 *
 * @param schoolYear the school year's first calendar year
 * @param grouping {@code NETWORK}, {@code CITY}, {@code SCHOOL_TYPE}, {@code LANGUAGE} or {@code
 *     SCHOOL}
 * @param city the city read, or {@code null} for the whole network
 * @param rows a row per group
 * @param total the sum of the rows
 */
public record FiguresJson(
    int schoolYear, Grouping grouping, String city, List<Row> rows, Row total) {

  /**
   * One group's figures.
   *
   * @param key the group's key (a city's code, a school type, a language, a school's id)
   * @param name the group's name in fi, sv and en, where it has one
   * @param staff teaching staff
   * @param atLevel1 staff at level 1 or above
   * @param atLevel2 staff at level 2 or above
   * @param atLevel3 staff at level 3
   * @param grants badges granted in the year
   * @param visits training visits delivered
   * @param feedbackAverage the visits' average rating 1–5, {@code null} without answers
   * @param plansApproved tutor plans approved
   * @param hoursLogged hours in the activity logs
   * @param coursePlaces course places taken
   * @param coursesCompleted courses completed
   */
  public record Row(
      String key,
      Names name,
      long staff,
      long atLevel1,
      long atLevel2,
      long atLevel3,
      long grants,
      long visits,
      Double feedbackAverage,
      long plansApproved,
      double hoursLogged,
      long coursePlaces,
      long coursesCompleted) {

    static Row of(DashboardRow row) {
      return new Row(
          row.key(),
          Names.of(row.name()),
          row.staff(),
          row.atLevel1(),
          row.atLevel2(),
          row.atLevel3(),
          row.grants(),
          row.visits(),
          row.feedbackAverage(),
          row.plansApproved(),
          row.hoursLogged(),
          row.coursePlaces(),
          row.coursesCompleted());
    }
  }

  static FiguresJson of(Dashboard dashboard) {
    return new FiguresJson(
        dashboard.year().startYear(),
        dashboard.grouping(),
        dashboard.cityCode(),
        dashboard.rows().stream().map(Row::of).toList(),
        Row.of(dashboard.total()));
  }
}
