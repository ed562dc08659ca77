package fi.opeverkko.network;

import fi.opeverkko.platform.Published;

/** The kinds of unit in the network; each has its own network roles. */
@Published
public enum SchoolType {
  DAY_CARE_UNIT,
  COMPREHENSIVE,
  GENERAL_UPPER_SECONDARY,
  VOCATIONAL
}
