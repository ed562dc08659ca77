package fi.opeverkko.network;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import java.io.Serializable;
import java.util.Map;

/** A city coordinator's figures for the city in one school year. */
@Published
public record CityOverview(
    City city,
    SchoolYear schoolYear,
    Map<SchoolType, Long> activeSchoolsByType,
    Map<SchoolRole, Long> assignmentsByRole)
    implements Serializable {

  public long activeSchools() {
    return activeSchoolsByType.values().stream().mapToLong(Long::longValue).sum();
  }

  public long schoolsOfType(SchoolType type) {
    return activeSchoolsByType.getOrDefault(type, 0L);
  }

  public long assignments(SchoolRole role) {
    return assignmentsByRole.getOrDefault(role, 0L);
  }
}
