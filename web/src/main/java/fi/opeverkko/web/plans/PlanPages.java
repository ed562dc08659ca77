package fi.opeverkko.web.plans;

import fi.opeverkko.plans.PlanPage;
import fi.opeverkko.plans.PlanQueries;
import fi.opeverkko.plans.PlanRuleException;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.web.common.Responses;
import java.io.IOException;

/** The plan of the school and year an address names, for the pages that show it. */
final class PlanPages {

  private PlanPages() {}

  /** The plan page, or null after answering 404 when there is no such school or year. */
  static PlanPage openOrNotFound(PlanQueries queries, Long schoolId, Integer year)
      throws IOException {
    if (schoolId != null) {
      try {
        return queries.plan(schoolId, year == null ? null : new SchoolYear(year));
      } catch (PlanRuleException | IllegalArgumentException noSuchSchoolOrYear) {
        // Answered as any unknown address is, below.
      }
    }
    Responses.notFound();
    return null;
  }
}
