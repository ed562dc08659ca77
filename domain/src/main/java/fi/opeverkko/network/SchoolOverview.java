package fi.opeverkko.network;

import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** A school as one of its own people sees it: their roles there and this year's staff roles. */
@Published
public record SchoolOverview(School school, Set<SchoolRole> myRoles, List<SchoolAssignment> staff)
    implements Serializable {

  public List<SchoolAssignment> staffIn(SchoolRole role) {
    return staff.stream().filter(a -> a.getRole() == role).toList();
  }
}
