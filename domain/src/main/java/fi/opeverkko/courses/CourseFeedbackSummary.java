package fi.opeverkko.courses;

import fi.opeverkko.feedback.SubjectKind;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.util.List;

/**
 * A course's feedback as its organiser sees it: only the number of answers until at least {@link
 * #SHOWN_FROM} have answered, so that nobody is recognised by their rating; then the average, the
 * distribution of 1–5 and the comments (without names).
 *
 * @param distribution how many answered 1, 2, 3, 4 and 5; empty until shown
 * @param discussionId the feedback discussion its average opened, or {@code null}
 */
@Published
public record CourseFeedbackSummary(
    Long courseId,
    LocalizedName name,
    int answers,
    double average,
    List<Long> distribution,
    List<String> comments,
    Long discussionId)
    implements Serializable {

  public static final int SHOWN_FROM = SubjectKind.COURSE.countsFrom();

  public int shownFrom() {
    return SHOWN_FROM;
  }

  public boolean shown() {
    return answers >= SHOWN_FROM;
  }
}
