package fi.opeverkko.web.network;

import fi.opeverkko.network.AssignmentService;
import fi.opeverkko.network.SchoolCoverage;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.web.common.CityScope;
import fi.opeverkko.web.common.YearChoice;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The coverage of a city this school year: which comprehensive schools have no tutor, which
 * upper-secondary schools have fewer than two mentors.
 */
@Named
@ViewScoped
public class CoverageView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AssignmentService assignments;
  @Inject private Clock clock;
  @Inject private Texts texts;
  @Inject private CityScope scope;

  @Inject private YearChoice year;
  private boolean onlyGaps = true;
  private List<SchoolCoverage> tutors;
  private List<SchoolCoverage> mentors;

  public void load() {
    SchoolYear shown = year.settle();
    tutors = assignments.coverage(scope.getCode(), SchoolRole.TUTOR, shown);
    mentors = assignments.coverage(scope.getCode(), SchoolRole.MENTOR, shown);
  }

  /** Copies this year's assignments into the next school year and shows that year. */
  public void prepareNextYear() {
    int copied = assignments.prepareNextYear(scope.getCode());
    SchoolYear next = clock.currentSchoolYear().next();
    texts.info("coverage.prepared", copied, next.label());
    year.choose(next);
    load();
  }

  public YearChoice getYear() {
    return year;
  }

  public SchoolYear getNextYear() {
    return clock.currentSchoolYear().next();
  }

  public List<SchoolCoverage> getTutors() {
    return shown(tutors);
  }

  public List<SchoolCoverage> getMentors() {
    return shown(mentors);
  }

  public long getTutorGaps() {
    return tutors.stream().filter(SchoolCoverage::isGap).count();
  }

  public long getMentorGaps() {
    return mentors.stream().filter(SchoolCoverage::isGap).count();
  }

  private List<SchoolCoverage> shown(List<SchoolCoverage> all) {
    return onlyGaps ? all.stream().filter(SchoolCoverage::isGap).toList() : all;
  }

  /** The city the page acts on. */
  public CityScope getScope() {
    return scope;
  }

  public boolean isOnlyGaps() {
    return onlyGaps;
  }

  public void setOnlyGaps(boolean onlyGaps) {
    this.onlyGaps = onlyGaps;
  }
}
