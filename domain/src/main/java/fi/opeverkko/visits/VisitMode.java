package fi.opeverkko.visits;

/** Whether the experts come to the school or meet the staff online. */
public enum VisitMode {
  ON_SITE,
  REMOTE
}
