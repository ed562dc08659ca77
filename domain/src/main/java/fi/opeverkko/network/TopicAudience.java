package fi.opeverkko.network;

/** Whom a training topic is meant for: the staff of which kind of school, or their leaders. */
public enum TopicAudience {
  DAY_CARE,
  PRIMARY,
  LOWER_SECONDARY,
  UPPER_SECONDARY,
  VOCATIONAL,
  PRINCIPALS
}
