package fi.opeverkko.reporting;

import fi.opeverkko.platform.Published;

/**
 * How survey results are grouped: the whole network, or by city, school type, teaching language or
 * school. Each names the JPQL columns (of the response's school {@code s} and its city {@code c})
 * that identify and name a group.
 */
@Published
public enum Grouping {
  NETWORK(""),
  CITY("c.code, c.name.fi, c.name.sv, c.name.en"),
  SCHOOL_TYPE("s.type"),
  LANGUAGE("s.language"),
  SCHOOL("s.id, s.nameFi, s.nameSv");

  private final String columns;

  Grouping(String columns) {
    this.columns = columns;
  }

  String columns() {
    return columns;
  }
}
