package fi.opeverkko.network;

import java.io.Serializable;

/** How well a school's role is covered in a school year: a school with too few holders is a gap. */
public record SchoolCoverage(School school, SchoolRole role, long holders) implements Serializable {

  public boolean isGap() {
    return holders < role.minPerSchoolYear();
  }
}
