package fi.opeverkko.api.network;

import fi.opeverkko.network.SchoolAssignment;
import fi.opeverkko.network.SchoolOverview;
import fi.opeverkko.network.SchoolRole;
import java.util.Comparator;
import java.util.List;

/**
 * A school with its network roles in the current school year.
 *
 * @param school the school
 * @param schoolYear the school year's first calendar year (2025 for 2025–2026)
 * @param roles who holds which role there
 */
public record SchoolRolesJson(SchoolJson school, int schoolYear, List<RoleJson> roles) {

  /**
   * A role held.
   *
   * @param role principal, day-care manager, tutor, mentor, coach or digital agent
   * @param personId the holder's id
   * @param name the holder's full name
   */
  public record RoleJson(SchoolRole role, long personId, String name) {

    static RoleJson of(SchoolAssignment assignment) {
      return new RoleJson(
          assignment.getRole(),
          assignment.getPerson().getId(),
          assignment.getPerson().getFullName());
    }
  }

  static SchoolRolesJson of(SchoolOverview overview, int schoolYear) {
    return new SchoolRolesJson(
        SchoolJson.of(overview.school()),
        schoolYear,
        overview.staff().stream()
            .map(RoleJson::of)
            .sorted(Comparator.comparing(RoleJson::role).thenComparing(RoleJson::name))
            .toList());
  }
}
