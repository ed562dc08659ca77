package fi.opeverkko.visits;

/** Whom at the school a visit is for. */
public enum TargetGroup {
  WHOLE_STAFF,
  GRADE_TEAM,
  NAMED_TEACHERS;

  /** A grade team or named teachers must be said which; the whole staff needs no more words. */
  public boolean needsDetail() {
    return this != WHOLE_STAFF;
  }
}
