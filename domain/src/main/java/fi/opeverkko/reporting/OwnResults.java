package fi.opeverkko.reporting;

import fi.opeverkko.courses.CourseRow;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.util.List;

/**
 * A teacher's own results of a round against the levels, with the badges and the coming courses
 * suggested for their gaps.
 *
 * @param courses coming courses of the levels where the teacher has a gap
 */
@Published
public record OwnResults(RoundRow round, List<OwnAnswer> answers, List<CourseRow> courses)
    implements Serializable {

  public OwnResults {
    answers = List.copyOf(answers);
    courses = List.copyOf(courses);
  }

  public boolean answered() {
    return !answers.isEmpty();
  }
}
