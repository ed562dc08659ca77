package fi.opeverkko.web.courses;

import fi.opeverkko.competence.BadgeRow;
import fi.opeverkko.competence.CatalogueService;
import fi.opeverkko.competence.Level;
import fi.opeverkko.courses.CourseQueries;
import fi.opeverkko.courses.CourseService;
import fi.opeverkko.courses.Organiser;
import fi.opeverkko.courses.SessionKind;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The organiser's course editor: a new course, or one of theirs ({@code ?id=}) with its sessions. A
 * rule the course breaks is shown at the field it is about and nothing is saved.
 */
@Named
@ViewScoped
public class CourseEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "courseForm:";

  /** The field each of the course's rules is about; the others are the form's. */
  private static final Map<String, String> FIELD_OF_RULE =
      Map.of(
          "courses.datesOutOfOrder", FORM + "signUpOpens",
          "courses.capacityBelowGiven", FORM + "capacity",
          "courses.minimumOverCapacity", FORM + "minimum",
          "courses.sessionInPast", FORM + "sessions",
          "courses.sessionsOverlap", FORM + "sessions",
          "courses.sessionEndsBeforeStart", FORM + "sessions",
          "courses.placeMissing", FORM + "sessions",
          "courses.linkMissing", FORM + "sessions",
          "courses.noSuchBadge", FORM + "badges");

  @Inject private CourseQueries queries;
  @Inject private CourseService courses;
  @Inject private CatalogueService catalogue;
  @Inject private Actions actions;
  @Inject private Texts texts;

  private Long courseId;
  private CourseForm form;
  private List<Organiser> organisers;
  private List<BadgeRow> badges;

  /** Reads the course to change (refusing whoever does not organise it) or starts a new one. */
  public void load() {
    form = courseId == null ? new CourseForm() : CourseForm.of(queries.details(courseId));
    organisers = queries.organisers();
    badges = catalogue.catalogue(false);
    if (courseId == null && !organisers.isEmpty() && !isCentralAllowed()) {
      form.setTeamId(organisers.get(0).teamId());
    }
  }

  /** Saves; a new course opens on its own page. */
  public String save() {
    if (courseId == null) {
      return actions
          .call(() -> courses.create(form.details()), FIELD_OF_RULE::get)
          .map(
              created -> {
                texts.flashInfo("courseEdit.created");
                return "/courses/course?faces-redirect=true&id=" + created;
              })
          .orElse(null);
    }
    actions
        .call(
            () -> {
              courses.edit(courseId, form.details());
              return courseId;
            },
            FIELD_OF_RULE::get)
        .ifPresent(saved -> texts.info("courseEdit.saved"));
    return null;
  }

  public void addSession() {
    form.addSession();
  }

  public void removeSession(SessionForm session) {
    form.removeSession(session);
  }

  /** Whether the user may leave the course to the central unit (admins). */
  public boolean isCentralAllowed() {
    return organisers.stream().anyMatch(organiser -> organiser.teamId() == null);
  }

  /** The teams the user may name as organiser (the central unit is the menu's empty choice). */
  public List<Organiser> getTeams() {
    return organisers.stream().filter(organiser -> organiser.teamId() != null).toList();
  }

  public List<BadgeRow> getBadges() {
    return badges;
  }

  public Level[] getLevels() {
    return Level.values();
  }

  public TeachingLanguage[] getLanguages() {
    return TeachingLanguage.values();
  }

  public SessionKind[] getKinds() {
    return SessionKind.values();
  }

  public SchoolType[] getSchoolTypes() {
    return SchoolType.values();
  }

  public SchoolRole[] getRoles() {
    return SchoolRole.values();
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public CourseForm getForm() {
    return form;
  }
}
