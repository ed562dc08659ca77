package fi.opeverkko.web.courses;

import fi.opeverkko.courses.CourseQueries;
import fi.opeverkko.courses.CourseService;
import fi.opeverkko.courses.OwnSignUp;
import fi.opeverkko.web.common.Actions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A teacher's own sign-ups for courses not yet over: a place, the waitlist or the principal. */
@Named
@ViewScoped
public class MyCoursesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseQueries queries;
  @Inject private CourseService courses;
  @Inject private Actions actions;

  private List<OwnSignUp> signUps;

  public void load() {
    signUps = queries.mySignUps();
  }

  public void cancel(OwnSignUp signUp) {
    if (actions.run(() -> courses.cancel(signUp.signUpId()), "courses.cancelled")) {
      load();
    }
  }

  public List<OwnSignUp> getSignUps() {
    return signUps;
  }
}
