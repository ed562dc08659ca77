package fi.opeverkko.web.competence;

import fi.opeverkko.competence.CompetenceOf;
import fi.opeverkko.competence.Level;
import fi.opeverkko.competence.LevelService;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The principal's school's teaching staff with their badges and levels, paged, those with a level
 * waiting first; the principal confirms a waiting level or returns it with a comment.
 */
@Named
@ViewScoped
public class StaffView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private LevelService levels;
  @Inject private Actions actions;
  @Inject private SchoolScope scope;

  private long waiting;
  private final LazyDataModel<CompetenceOf> staff =
      new PagedModel<>(
          () -> levels.staffCount(scope.schoolId()),
          (first, size) -> levels.staff(scope.schoolId(), first, size),
          CompetenceOf::personId);

  /** The level being returned, and to whom, while the principal writes why. */
  private Long returningPerson;

  private String returningName;

  private Level returningLevel;
  private String comment;

  public void load() {
    if (scope.read() != null) {
      waiting = levels.waitingCount(scope.schoolId());
    }
  }

  public void confirm(CompetenceOf person, Level level) {
    actions.run(
        () -> levels.confirm(person.personId(), level),
        "competenceStaff.confirmed",
        level.number(),
        person.name());
    cancelReturn();
    load();
  }

  /** Opens the comment for returning the level. */
  public void startReturn(CompetenceOf person, Level level) {
    returningPerson = person.personId();
    returningName = person.name();
    returningLevel = level;
    comment = null;
  }

  public void giveBack() {
    if (actions.run(
        () -> levels.giveBack(returningPerson, returningLevel, comment),
        "competenceStaff.returned",
        returningLevel.number(),
        returningName)) {
      cancelReturn();
      load();
    }
  }

  public void cancelReturn() {
    returningPerson = null;
    returningName = null;
    returningLevel = null;
    comment = null;
  }

  public SchoolScope getScope() {
    return scope;
  }

  public LazyDataModel<CompetenceOf> getStaff() {
    return staff;
  }

  public long getWaiting() {
    return waiting;
  }

  /** Whom the level being returned belongs to, or null when none is. */
  public String getReturningName() {
    return returningName;
  }

  public Level getReturningLevel() {
    return returningLevel;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
