package fi.opeverkko.network;

import fi.opeverkko.platform.Published;

/** Whom a training topic is meant for: the staff of which kind of school, or their leaders. */
@Published
public enum TopicAudience {
  DAY_CARE,
  PRIMARY,
  LOWER_SECONDARY,
  UPPER_SECONDARY,
  VOCATIONAL,
  PRINCIPALS
}
