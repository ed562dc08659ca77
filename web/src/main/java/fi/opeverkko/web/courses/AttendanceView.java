package fi.opeverkko.web.courses;

import fi.opeverkko.courses.AttendanceSheet;
import fi.opeverkko.courses.CourseLifeQueries;
import fi.opeverkko.courses.CourseLifeService;
import fi.opeverkko.courses.OrganisedCourse;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.TypedDateConverter;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The organiser's attendance list of a course ({@code ?id=}), printable: what completing it asks,
 * who was at each session held, whose final assignment is returned, who completed. Without an id:
 * the organiser's courses that have started this school year.
 */
@Named
@ViewScoped
public class AttendanceView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseLifeQueries queries;
  @Inject private CourseLifeService life;
  @Inject private Actions actions;
  @Inject private Texts texts;

  private Long id;
  private List<OrganisedCourse> courses;
  private AttendanceSheet sheet;
  private Integer[] required = {};
  private boolean finalAssignment;
  private Integer session;
  private Long[] present = {};

  public void load() {
    if (id == null) {
      courses = queries.heldCourses();
      return;
    }
    sheet = queries.attendanceSheet(id);
    required =
        IntStream.range(0, sheet.sessions().size())
            .filter(i -> sheet.sessions().get(i).required())
            .boxed()
            .toArray(Integer[]::new);
    finalAssignment = sheet.finalAssignment();
    if (session == null) {
      session = firstHeld();
    }
    showPresent();
  }

  private Integer firstHeld() {
    return IntStream.range(0, sheet.sessions().size())
        .filter(i -> sheet.sessions().get(i).held())
        .boxed()
        .findFirst()
        .orElse(null);
  }

  /** The participants marked at the chosen session, ticked. */
  public void showPresent() {
    if (session == null) {
      present = new Long[0];
      return;
    }
    LocalDateTime start = sheet.sessions().get(session).startsAt();
    present =
        sheet.participants().stream()
            .filter(p -> p.attended().contains(start))
            .map(AttendanceSheet.Participant::signUpId)
            .toArray(Long[]::new);
  }

  public void saveRules() {
    Set<Integer> kept = new HashSet<>(Arrays.asList(required));
    Set<LocalDateTime> optional =
        IntStream.range(0, sheet.sessions().size())
            .filter(i -> !kept.contains(i))
            .mapToObj(i -> sheet.sessions().get(i).startsAt())
            .collect(Collectors.toSet());
    if (actions.run(
        () -> life.requireForCompletion(id, optional, finalAssignment), "attendance.rulesSaved")) {
      load();
    }
  }

  public void saveAttendance() {
    if (session == null) {
      return;
    }
    LocalDateTime start = sheet.sessions().get(session).startsAt();
    Set<Long> marked = new HashSet<>(Arrays.asList(present));
    if (actions.run(() -> life.markAttendance(id, start, marked), "attendance.saved")) {
      load();
    }
  }

  public void markAssignment(AttendanceSheet.Participant participant) {
    boolean returned = !participant.assignmentReturned();
    if (actions.run(
        () -> life.markAssignment(participant.signUpId(), returned),
        returned ? "attendance.assignmentMarked" : "attendance.assignmentUnmarked")) {
      load();
    }
  }

  /** The indexes of the sessions held, which attendance can be marked for. */
  public List<Integer> getHeldSessions() {
    return IntStream.range(0, sheet.sessions().size())
        .filter(i -> sheet.sessions().get(i).held())
        .boxed()
        .toList();
  }

  public List<Integer> getAllSessions() {
    return IntStream.range(0, sheet.sessions().size()).boxed().toList();
  }

  /** The session's kind and start, in the user's language: "Webinar 3.2.2027 15:00". */
  public String sessionLabel(int index) {
    AttendanceSheet.Session shown = sheet.sessions().get(index);
    return texts.get("attendance.kind." + shown.kind())
        + " "
        + shown
            .startsAt()
            .format(
                TypedDateConverter.pattern(
                    FacesContext.getCurrentInstance(), "format.dateTimePattern"));
  }

  /** How many of the required sessions the participant was at. */
  public long attendedRequired(AttendanceSheet.Participant participant) {
    return sheet.sessions().stream()
        .filter(s -> s.required() && participant.attended().contains(s.startsAt()))
        .count();
  }

  public long getRequiredCount() {
    return sheet.sessions().stream().filter(AttendanceSheet.Session::required).count();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public List<OrganisedCourse> getCourses() {
    return courses;
  }

  public AttendanceSheet getSheet() {
    return sheet;
  }

  public Integer[] getRequired() {
    return required;
  }

  public void setRequired(Integer[] required) {
    this.required = required;
  }

  public boolean isFinalAssignment() {
    return finalAssignment;
  }

  public void setFinalAssignment(boolean finalAssignment) {
    this.finalAssignment = finalAssignment;
  }

  public Integer getSession() {
    return session;
  }

  public void setSession(Integer session) {
    this.session = session;
  }

  public Long[] getPresent() {
    return present;
  }

  public void setPresent(Long[] present) {
    this.present = present;
  }
}
