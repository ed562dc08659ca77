package fi.opeverkko.web.courses;

import fi.opeverkko.courses.CourseFeedbackService;
import fi.opeverkko.courses.CourseFeedbackSummary;
import fi.opeverkko.courses.CourseRuleException;
import fi.opeverkko.web.common.Responses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * A course's feedback in aggregate ({@code ?course=<id>}) for its organisers, from the third
 * answer; the service refuses anyone else (403).
 */
@Named
@ViewScoped
public class FeedbackSummaryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseFeedbackService feedback;

  private Long course;
  private CourseFeedbackSummary summary;

  public void load() throws IOException {
    if (course == null) {
      Responses.notFound();
      return;
    }
    try {
      summary = feedback.summary(course);
    } catch (CourseRuleException noSuchCourse) {
      Responses.notFound();
    }
  }

  public Long getCourse() {
    return course;
  }

  public void setCourse(Long course) {
    this.course = course;
  }

  public CourseFeedbackSummary getSummary() {
    return summary;
  }
}
