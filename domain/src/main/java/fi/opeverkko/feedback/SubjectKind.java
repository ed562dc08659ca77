package fi.opeverkko.feedback;

import fi.opeverkko.platform.Published;

/**
 * What feedback is given on. A kind's feedback counts (is shown as an aggregate, can open a
 * discussion) only from a number of answers: a course's participants answer one by one and are not
 * to be recognised from an average of one or two; a visit's school answers for itself.
 */
@Published
public enum SubjectKind {
  VISIT(1),
  COURSE(3);

  private final int countsFrom;

  SubjectKind(int countsFrom) {
    this.countsFrom = countsFrom;
  }

  /** How many answers the feedback needs before it is shown or acted on. */
  public int countsFrom() {
    return countsFrom;
  }
}
