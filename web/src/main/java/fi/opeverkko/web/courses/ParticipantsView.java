package fi.opeverkko.web.courses;

import fi.opeverkko.courses.CourseCard;
import fi.opeverkko.courses.CourseQueries;
import fi.opeverkko.courses.ParticipantRow;
import fi.opeverkko.web.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** A course's sign-ups in arrival order, for its organisers: one page and a count at a time. */
@Named
@ViewScoped
public class ParticipantsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseQueries queries;

  private Long courseId;
  private CourseCard course;

  private final LazyDataModel<ParticipantRow> participants =
      new PagedModel<>(
          () -> queries.participantCount(courseId),
          (first, size) -> queries.participants(courseId, first, size).rows(),
          ParticipantRow::signUpId);

  /** Checks the user organises the course (a refusal answers 403) before the table reads. */
  public void load() {
    course = queries.card(courseId);
    queries.participantCount(courseId);
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public CourseCard getCourse() {
    return course;
  }

  public LazyDataModel<ParticipantRow> getParticipants() {
    return participants;
  }
}
