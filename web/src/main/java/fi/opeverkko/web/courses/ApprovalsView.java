package fi.opeverkko.web.courses;

import fi.opeverkko.courses.CourseQueries;
import fi.opeverkko.courses.CourseService;
import fi.opeverkko.courses.SchoolSignUp;
import fi.opeverkko.courses.SubstituteMonth;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolOverview;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.web.common.Actions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The principal's course sign-ups of their school: approving or declining those that wait, noting
 * whether a teacher's days away need a substitute, and the school's substitute days per month of
 * this school year. Admins name the school ({@code ?school=}); the services refuse other schools.
 */
@Named
@ViewScoped
public class ApprovalsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseQueries queries;
  @Inject private CourseService courses;
  @Inject private NetworkOverviewService network;
  @Inject private NetworkReferences references;
  @Inject private Actions actions;
  @Inject private Clock clock;

  private Long schoolId;
  private School school;
  private List<SchoolSignUp> signUps;
  private List<SubstituteMonth> substituteDays;

  public void load() {
    school =
        schoolId != null
            ? references.school(schoolId).orElse(null)
            : network.mySchools().stream()
                .filter(overview -> overview.myRoles().contains(SchoolRole.PRINCIPAL))
                .map(SchoolOverview::school)
                .findFirst()
                .orElse(null);
    if (school != null) {
      signUps = queries.schoolSignUps(school.getId());
      substituteDays = queries.substituteDays(school.getId(), clock.currentSchoolYear());
    }
  }

  /**
   * @param substitute whether the teacher's days away need a substitute
   */
  public void approve(SchoolSignUp signUp, boolean substitute) {
    if (actions.run(
        () -> courses.approve(signUp.signUpId(), substitute),
        substitute ? "courses.approvedWithSubstitute" : "courses.approved",
        signUp.teacherName())) {
      load();
    }
  }

  public void decline(SchoolSignUp signUp) {
    if (actions.run(
        () -> courses.decline(signUp.signUpId()), "courses.declined", signUp.teacherName())) {
      load();
    }
  }

  /** Notes, or takes back, a substitute for a sign-up already decided. */
  public void toggleSubstitute(SchoolSignUp signUp) {
    boolean needed = !signUp.substituteNeeded();
    if (actions.run(
        () -> courses.noteSubstitute(signUp.signUpId(), needed),
        needed ? "courses.substituteNoted" : "courses.substituteTakenBack",
        signUp.teacherName())) {
      load();
    }
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  public School getSchool() {
    return school;
  }

  public List<SchoolSignUp> getSignUps() {
    return signUps;
  }

  public List<SubstituteMonth> getSubstituteDays() {
    return substituteDays;
  }
}
