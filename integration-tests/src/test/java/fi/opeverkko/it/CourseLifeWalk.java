package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.AttendancePage;
import fi.opeverkko.it.pages.CompletionsPage;
import fi.opeverkko.it.pages.DecisionsPage;
import org.openqa.selenium.By;

/**
 * {@link CourseLifeBrowserIT}'s walk in two browsers: the organiser (the demo's team leader) marks
 * the teacher at both sessions of the held course, the teacher sees the course completed and adds
 * it to a badge application; the organiser pools the Swedish course waiting for its decision.
 */
final class CourseLifeWalk {

  static final String ORGANISER = "team-leader";
  static final String TEACHER = "teacher";
  private static final String TEACHER_NAME = "Tiina Opettaja";

  private CourseLifeWalk() {}

  static void walk() {
    try (Browser organiser = Browser.signedIn(ORGANISER);
        Browser teacher = Browser.signedIn(TEACHER)) {
      AttendancePage attendance = AttendancePage.open(organiser).course(CourseLifeWalkWorld.HELD);
      attendance.markPresent(0, TEACHER_NAME);
      attendance.markPresent(1, TEACHER_NAME);
      assertNotEquals("Ei vielä", attendance.completionOf(TEACHER_NAME));

      CompletionsPage completions = CompletionsPage.open(teacher);
      String state = completions.stateOf(CourseLifeWalkWorld.HELD);
      assertTrue(state.startsWith("Suoritettu"), state);
      completions.addToApplication(CourseLifeWalkWorld.HELD);
      String evidence = teacher.text(By.id("description"));
      assertTrue(evidence.contains(CourseLifeWalkWorld.HELD), evidence);

      DecisionsPage decisions = DecisionsPage.open(organiser);
      decisions.pool(CourseLifeWalkWorld.SWEDISH);
      assertTrue(decisions.info().contains("yhdistetty"), decisions.info());
    }
  }
}
