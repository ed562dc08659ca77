package fi.opeverkko.reporting;

import fi.opeverkko.competence.SchoolStanding;
import fi.opeverkko.competence.StandingService;
import fi.opeverkko.courses.CourseFigures;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.SchoolFacts;
import fi.opeverkko.plans.PlanFigures;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.PeriodTally;
import fi.opeverkko.platform.Periods;
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
  @Inject private Clock clock;

  /**
   * The school year's dashboard grouped so, in the city given or (null) the network: a coordinator
   * always reads their own city's.
   */
  public Dashboard dashboard(
      @NotNull SchoolYear year, @NotNull Grouping grouping, String cityCode) {
    String city = access.requireDashboardReader(cityCode);
    requireCounted(year, clock.currentSchoolYear());
    List<SchoolFacts> schools = references.schoolFacts(city);
    // The terms of the year before and of this one, oldest first: each figure in one query for
    // the four terms; this year's figures are its two terms'. The grants name each holder's school
    // of the grant's school year, so they come one query a year.
    Periods terms = new Periods(termBounds(year.previous(), year));
    List<PeriodTally> delivered = visits.deliveredBySchool(city, terms);
    List<PeriodTally> logged = plans.loggedBySchool(city, terms);
    List<PeriodTally> taken = courses.takenBySchool(city, terms);
    List<PeriodTally> granted = standings.grantsBySchool(city, year, new Periods(termBounds(year)));
    List<PeriodTally> grantedBefore =
        standings.grantsBySchool(city, year.previous(), new Periods(termBounds(year.previous())));
    Map<Long, long[]> figures = new LinkedHashMap<>();
    for (SchoolStanding standing : standings.bySchool(city, year)) {
      long[] school = figuresOf(figures, standing.schoolId());
      school[STAFF] = standing.staff();
      school[LEVEL1] = standing.atLevel1();
      school[LEVEL2] = standing.atLevel2();
      school[LEVEL3] = standing.atLevel3();
    }
    add(figures, inTerms(granted, 0, 1), GRANTS, -1, -1);
    add(figures, inTerms(delivered, 2, 3), VISITS, FEEDBACK, RATINGS);
    add(figures, plans.approvedBySchool(city, year), PLANS, -1, -1);
    add(figures, inTerms(logged, 2, 3), -1, -1, MINUTES);
    add(figures, inTerms(taken, 2, 3), PLACES, COMPLETED, -1);

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
        year,
        grouping,
        city,
        cityName,
        rows,
        row("", null, total),
        trend(year, delivered, logged, taken, grantedBefore, granted),
        clock.now());
  }

  /**
   * Refuses a school year the portal holds no figures for, as an address or an API call may name
   * any: one before its second (a dashboard compares with the year before, and nothing is older
   * than the first), or one beyond the network's dates, which reach two school years ahead ({@link
   * fi.opeverkko.platform.NetworkDate}).
   */
  static void requireCounted(SchoolYear year, SchoolYear current) {
    if (year.compareTo(SchoolYear.FIRST.next()) < 0 || year.compareTo(current.next().next()) > 0) {
      throw new ReportingRuleException("dashboard.noSuchYear");
    }
  }

  /** The four terms' totals, oldest first: the year before's autumn and spring, then this one's. */
  private static List<TermFigures> trend(
      SchoolYear year,
      List<PeriodTally> delivered,
      List<PeriodTally> logged,
      List<PeriodTally> taken,
      List<PeriodTally> grantedBefore,
      List<PeriodTally> granted) {
    List<TermFigures> terms = new ArrayList<>();
    for (int term = 0; term < 4; term++) {
      List<SchoolTally> visitsOfTerm = inTerms(delivered, term, term);
      int ofItsYear = term % 2;
      terms.add(
          new TermFigures(
              term < 2 ? year.previous() : year,
              ofItsYear == 1,
              sum(
                  inTerms(term < 2 ? grantedBefore : granted, ofItsYear, ofItsYear),
                  SchoolTally::count),
              sum(visitsOfTerm, SchoolTally::count),
              sum(visitsOfTerm, SchoolTally::measured),
              sum(visitsOfTerm, SchoolTally::sum),
              sum(inTerms(logged, term, term), SchoolTally::sum),
              sum(inTerms(taken, term, term), SchoolTally::count)));
    }
    return terms;
  }

  /** A school year's autumn term (to the new year) and spring term (to the year's end). */
  private static List<LocalDate> termBounds(SchoolYear year) {
    return List.of(
        year.firstDay(), LocalDate.of(year.startYear() + 1, 1, 1), year.lastDay().plusDays(1));
  }

  /** Two school years' terms, the years one after the other. */
  private static List<LocalDate> termBounds(SchoolYear first, SchoolYear second) {
    List<LocalDate> bounds = new ArrayList<>(termBounds(first));
    bounds.addAll(termBounds(second).subList(1, 3));
    return bounds;
  }

  /** The tallies of the periods from one index to another (both included). */
  private static List<SchoolTally> inTerms(List<PeriodTally> tallies, int first, int last) {
    return tallies.stream()
        .filter(t -> t.period() >= first && t.period() <= last)
        .map(PeriodTally::tally)
        .toList();
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
