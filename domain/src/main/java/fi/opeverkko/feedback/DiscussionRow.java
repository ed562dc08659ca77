package fi.opeverkko.feedback;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A feedback discussion as its list and its page show it.
 *
 * @param kind what the feedback was on
 * @param subjectId the visit's or course's id
 * @param title what it is
 * @param team the team's name; {@code null}: the central unit's
 * @param trainers the trainers' names
 * @param average the average feedback that opened it, as it stands now
 * @param answers how many answered
 * @param overdue open past its due date
 * @param mayRecord whether the user leads it: records it and closes it
 */
@Published
public record DiscussionRow(
    Long id,
    SubjectKind kind,
    Long subjectId,
    LocalizedName title,
    LocalizedName team,
    List<String> trainers,
    double average,
    int answers,
    LocalDateTime openedAt,
    LocalDate dueOn,
    LocalDate heldOn,
    String agreed,
    LocalDateTime closedAt,
    String closedBy,
    boolean overdue,
    boolean mayRecord)
    implements Serializable {

  public boolean open() {
    return closedAt == null;
  }

  /** The page of what the feedback was on, for a link. */
  public String subjectPage() {
    return switch (kind) {
      case VISIT -> "/visits/visit.xhtml?id=" + subjectId;
      case COURSE -> "/courses/feedback-summary.xhtml?course=" + subjectId;
    };
  }
}
