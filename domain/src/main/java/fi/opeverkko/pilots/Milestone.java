package fi.opeverkko.pilots;

import fi.opeverkko.platform.Published;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A step of a project's timetable: what is done by when. */
@Published
@Embeddable
public class Milestone implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 300)
  @Column(name = "what")
  private String what;

  @NotNull
  @Column(name = "due_on")
  private LocalDate dueOn;

  public Milestone() {}

  public Milestone(String what, LocalDate dueOn) {
    this.what = what;
    this.dueOn = dueOn;
  }

  Milestone copy() {
    return new Milestone(what.strip(), dueOn);
  }

  public String getWhat() {
    return what;
  }

  public void setWhat(String what) {
    this.what = what;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }
}
