package fi.opeverkko.network;

/** How well a school's role is covered in a school year: a school with too few holders is a gap. */
public record SchoolCoverage(School school, SchoolRole role, long holders) {

  public boolean isGap() {
    return holders < role.minPerSchoolYear();
  }
}
