package fi.opeverkko.web.courses;

import fi.opeverkko.courses.CourseFeedbackForm;
import fi.opeverkko.courses.CourseFeedbackService;
import fi.opeverkko.courses.CourseRuleException;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.Responses;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * A course's feedback form ({@code ?course=<id>}) for its participants: 1–5 and a comment after the
 * last day, changed until the feedback closes. Whoever did not take part is told so.
 */
@Named
@ViewScoped
public class FeedbackView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseFeedbackService feedback;
  @Inject private Actions actions;
  @Inject private Texts texts;

  private Long course;
  private CourseFeedbackForm form;
  private Integer rating;
  private String comment;

  public void load() throws IOException {
    if (course == null) {
      Responses.notFound();
      return;
    }
    try {
      form = feedback.form(course);
    } catch (CourseRuleException refused) {
      if (refused.messageKey().equals("courses.noSuchCourse")) {
        Responses.notFound();
      } else {
        texts.error(refused);
      }
      return;
    }
    if (rating == null) {
      rating = form.rating();
      comment = form.comment();
    }
  }

  public void send() throws IOException {
    if (rating == null) {
      texts.errorKey("courseFeedback.chooseRating");
      return;
    }
    actions.run(() -> feedback.answer(course, rating, comment), "courseFeedback.thanks");
    load();
  }

  public Long getCourse() {
    return course;
  }

  public void setCourse(Long course) {
    this.course = course;
  }

  public CourseFeedbackForm getForm() {
    return form;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
