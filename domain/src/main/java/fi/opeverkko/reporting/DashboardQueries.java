package fi.opeverkko.reporting;

import fi.opeverkko.competence.SchoolStanding;
import fi.opeverkko.competence.StandingService;
import fi.opeverkko.courses.CourseFigures;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.SchoolFacts;
import fi.opeverkko.plans.PlanFigures;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolTally;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.visits.VisitFigures;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The target dashboard: the standing against 100 % / 90 % / 20 %, badges granted, course places
 * taken and completed, visits delivered and their feedback, tutor plans approved and activity
 * logged, by city, school type, teaching language or school, for admins (the network or a city) and
 * coordinators (their own city). Each context sums its figures school by school in one SQL query;
 * the schools' facts group them here, so the work grows with the number of schools, never with the
 * rows.
 */
@Published
@Stateless
public class DashboardQueries {

  /** The figures a school's and a group's sums hold, by index. */
  private static final int STAFF = 0;

  private static final int LEVEL1 = 1;
  private static final int LEVEL2 = 2;
  private static final int LEVEL3 = 3;
  private static final int GRANTS = 4;
  private static final int VISITS = 5;
  private static final int FEEDBACK = 6;
  private static final int RATINGS = 7;
  private static final int PLANS = 8;
  private static final int MINUTES = 9;
  private static final int PLACES = 10;
  private static final int COMPLETED = 11;
  private static final int FIGURES = 12;

  @Inject private ReportingAccess access;
  @Inject private NetworkReferences references;
  @Inject private StandingService standings;
  @Inject private VisitFigures visits;
  @Inject private PlanFigures plans;
  @Inject private CourseFigures courses;

  /**
   * The school year's dashboard grouped so, in the city given or (null) the network: a coordinator
   * always reads their own city's.
   */
  public Dashboard dashboard(
      @NotNull SchoolYear year, @NotNull Grouping grouping, String cityCode) {
    String city = access.requireDashboardReader(cityCode);
    List<SchoolFacts> schools = references.schoolFacts(city);
    LocalDate from = year.firstDay();
    LocalDate to = year.lastDay().plusDays(1);
    Map<Long, long[]> figures = new LinkedHashMap<>();
    for (SchoolStanding standing : standings.bySchool(city, year)) {
      long[] school = figuresOf(figures, standing.schoolId());
      school[STAFF] = standing.staff();
      school[LEVEL1] = standing.atLevel1();
      school[LEVEL2] = standing.atLevel2();
      school[LEVEL3] = standing.atLevel3();
    }
    add(figures, standings.grantsBySchool(city, year, from, to), GRANTS, -1, -1);
    add(figures, visits.deliveredBySchool(city, from, to), VISITS, FEEDBACK, RATINGS);
    add(figures, plans.approvedBySchool(city, year), PLANS, -1, -1);
    add(figures, plans.loggedBySchool(city, from, to), -1, -1, MINUTES);
    add(figures, courses.takenBySchool(city, from, to), PLACES, COMPLETED, -1);

    Function<SchoolFacts, String> key = keyOf(grouping);
    Map<String, long[]> groups = new LinkedHashMap<>();
    Map<String, LocalizedName> names = new LinkedHashMap<>();
    long[] total = new long[FIGURES];
    for (SchoolFacts school : schools) {
      String group = key.apply(school);
      names.putIfAbsent(group, nameOf(grouping, school));
      long[] sums = groups.computeIfAbsent(group, g -> new long[FIGURES]);
      long[] own = figures.getOrDefault(school.id(), new long[FIGURES]);
      for (int f = 0; f < FIGURES; f++) {
        sums[f] += own[f];
        total[f] += own[f];
      }
    }
    List<DashboardRow> rows = new ArrayList<>();
    groups.forEach((group, sums) -> rows.add(row(group, names.get(group), sums)));
    rows.sort(Comparator.comparing(row -> row.name() == null ? row.key() : row.name().fi()));
    LocalizedName cityName = city == null || schools.isEmpty() ? null : schools.get(0).cityName();
    return new Dashboard(
        year, grouping, city, cityName, rows, row("", null, total), trend(city, year));
  }

  /** The terms of the school year before and of this one, oldest first: a few queries each. */
  private List<TermFigures> trend(String city, SchoolYear year) {
    List<TermFigures> terms = new ArrayList<>();
    for (SchoolYear termYear : List.of(year.previous(), year)) {
      LocalDate newYear = LocalDate.of(termYear.startYear() + 1, 1, 1);
      terms.add(term(city, termYear, false, termYear.firstDay(), newYear));
      terms.add(term(city, termYear, true, newYear, termYear.lastDay().plusDays(1)));
    }
    return terms;
  }

  private TermFigures term(
      String city, SchoolYear year, boolean spring, LocalDate from, LocalDate to) {
    List<SchoolTally> delivered = visits.deliveredBySchool(city, from, to);
    return new TermFigures(
        year,
        spring,
        sum(standings.grantsBySchool(city, year, from, to), SchoolTally::count),
        sum(delivered, SchoolTally::count),
        sum(delivered, SchoolTally::measured),
        sum(delivered, SchoolTally::sum),
        sum(plans.loggedBySchool(city, from, to), SchoolTally::sum),
        sum(courses.takenBySchool(city, from, to), SchoolTally::count));
  }

  private static Function<SchoolFacts, String> keyOf(Grouping grouping) {
    return switch (grouping) {
      case NETWORK -> school -> "";
      case CITY -> SchoolFacts::cityCode;
      case SCHOOL_TYPE -> school -> school.type().name();
      case LANGUAGE -> school -> school.language().name();
      case SCHOOL -> school -> Long.toString(school.id());
    };
  }

  private static LocalizedName nameOf(Grouping grouping, SchoolFacts school) {
    return switch (grouping) {
      case CITY -> school.cityName();
      case SCHOOL -> new LocalizedName(school.nameFi(), school.nameSv(), school.nameFi());
      default -> null;
    };
  }

  private static DashboardRow row(String key, LocalizedName name, long[] f) {
    return new DashboardRow(
        key,
        name,
        f[STAFF],
        f[LEVEL1],
        f[LEVEL2],
        f[LEVEL3],
        f[GRANTS],
        f[VISITS],
        f[FEEDBACK],
        f[RATINGS],
        f[PLANS],
        f[MINUTES],
        f[PLACES],
        f[COMPLETED]);
  }

  private static long[] figuresOf(Map<Long, long[]> figures, long schoolId) {
    return figures.computeIfAbsent(schoolId, id -> new long[FIGURES]);
  }

  /**
   * Adds a context's tallies to the schools' figures: its count, its measured count and its sum to
   * the figures named (-1: not kept).
   */
  private static void add(
      Map<Long, long[]> figures, List<SchoolTally> tallies, int count, int measured, int sum) {
    for (SchoolTally tally : tallies) {
      long[] school = figuresOf(figures, tally.schoolId());
      if (count >= 0) {
        school[count] += tally.count();
      }
      if (measured >= 0) {
        school[measured] += tally.measured();
      }
      if (sum >= 0) {
        school[sum] += tally.sum();
      }
    }
  }

  private static long sum(List<SchoolTally> tallies, ToLongFunction<SchoolTally> figure) {
    return tallies.stream().mapToLong(figure).sum();
  }
}
