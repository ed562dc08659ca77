package fi.opeverkko.pilots;

import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A school's pilot project of this school year as its page shows it, with what the reader may do.
 *
 * @param projectId null while the school has no project (then only starting it is offered)
 * @param staff the school's people, to choose the project's teachers from
 * @param contents a copy of the project's contents, for the form
 * @param teachers the project's teachers by name
 */
@Published
public record ProjectPage(
    long schoolId,
    String schoolName,
    SchoolType schoolType,
    SchoolYear year,
    Long projectId,
    long version,
    DevelopmentArea area,
    PilotState state,
    String returnComment,
    ProjectContents contents,
    List<PilotTeacher> teachers,
    List<PilotTeacher> staff,
    BigDecimal budgetTotal,
    List<PublishedOutcome> outcomes,
    List<RoundRow> rounds,
    boolean mayStart,
    boolean mayWrite,
    boolean mayDecide)
    implements Serializable {

  public boolean exists() {
    return projectId != null;
  }

  public boolean editable() {
    return mayWrite && state.editable();
  }

  public boolean accepted() {
    return state == PilotState.ACCEPTED;
  }
}
