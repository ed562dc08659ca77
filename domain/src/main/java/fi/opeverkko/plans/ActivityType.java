package fi.opeverkko.plans;

/** What kind of work an activity log entry records. */
public enum ActivityType {
  ONE_TO_ONE,
  WORKSHOP,
  CO_TEACHING,
  NETWORK_MEETING,
  SELF_STUDY,
  PLANNING,
  OTHER
}
