package fi.opeverkko.network;

/** The kinds of unit in the network; each has its own network roles. */
public enum SchoolType {
  DAY_CARE_UNIT,
  COMPREHENSIVE,
  GENERAL_UPPER_SECONDARY,
  VOCATIONAL
}
