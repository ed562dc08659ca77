package fi.opeverkko.web.courses;

import fi.opeverkko.competence.Level;
import fi.opeverkko.courses.CourseFilter;
import fi.opeverkko.courses.CourseQueries;
import fi.opeverkko.courses.CourseRow;
import fi.opeverkko.courses.SessionKind;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.web.common.PagedModel;
import fi.opeverkko.web.common.Tables;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.LazyDataModel;

/**
 * The course catalogue for everyone signed in: filtered by level, language, dates, format and
 * target group, paged in the database. It starts at the courses still running today.
 */
@Named
@ViewScoped
public class CoursesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseQueries queries;
  @Inject private Clock clock;

  private Level level;
  private TeachingLanguage language;
  private LocalDate from;
  private LocalDate to;
  private SessionKind format;
  private SchoolType schoolType;
  private SchoolRole role;

  private final LazyDataModel<CourseRow> courses =
      new PagedModel<>(
          () -> queries.catalogueCount(filter()),
          (first, size) -> queries.catalogue(filter(), first, size).rows(),
          CourseRow::id);

  public void load() {
    if (from == null) {
      from = clock.today();
    }
  }

  public void search() {
    Tables.firstPage(":coursesForm:courses");
  }

  private CourseFilter filter() {
    return new CourseFilter(level, language, from, to, format, schoolType, role);
  }

  public LazyDataModel<CourseRow> getCourses() {
    return courses;
  }

  public Level[] getLevels() {
    return Level.values();
  }

  public TeachingLanguage[] getLanguages() {
    return TeachingLanguage.values();
  }

  public SessionKind[] getFormats() {
    return SessionKind.values();
  }

  public SchoolType[] getSchoolTypes() {
    return SchoolType.values();
  }

  public SchoolRole[] getRoles() {
    return SchoolRole.values();
  }

  public Level getLevel() {
    return level;
  }

  public void setLevel(Level level) {
    this.level = level;
  }

  public TeachingLanguage getLanguage() {
    return language;
  }

  public void setLanguage(TeachingLanguage language) {
    this.language = language;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public SessionKind getFormat() {
    return format;
  }

  public void setFormat(SessionKind format) {
    this.format = format;
  }

  public SchoolType getSchoolType() {
    return schoolType;
  }

  public void setSchoolType(SchoolType schoolType) {
    this.schoolType = schoolType;
  }

  public SchoolRole getRole() {
    return role;
  }

  public void setRole(SchoolRole role) {
    this.role = role;
  }
}
