package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.CourseEditPage;
import fi.opeverkko.it.pages.CoursePage;
import fi.opeverkko.it.pages.CoursesPage;
import fi.opeverkko.it.pages.MyCoursesPage;
import fi.opeverkko.platform.Clock;
import java.time.LocalDate;

/**
 * {@link CourseBrowserIT}'s walk in two browsers, the teacher's and the reviewer's (a teacher at
 * another school), each signed in once, by keyboard: the last place, the waitlist, a cancellation
 * that moves the first waiting in and tells them by email.
 */
final class CourseWalk {

  static final String COURSE = "Selainkävelyn kurssi";
  static final int CAPACITY = 20;

  private CourseWalk() {}

  static void walk() {
    try (Browser teacher = Browser.signedIn("teacher");
        Browser reviewer = Browser.signedIn("reviewer")) {
      LocalDate sessionDay = LocalDate.now(Clock.NETWORK_ZONE).plusDays(20);
      CoursePage course =
          CoursesPage.open(teacher).runningOn(sessionDay).openCourse(COURSE).signUp();
      assertEquals(
          CoursePage.MESSAGES, course.focusedId(), "focus on the outcome after the sign-up");
      assertTrue(course.info().contains("Sinulla on paikka"), course.info());
      assertEquals("Sinulla on paikka tällä kurssilla.", course.status());

      CoursePage waiting = CoursePage.at(reviewer, course.address()).signUp();
      assertTrue(waiting.info().contains("varasijalla numero 1"), waiting.info());
      assertEquals("Olet varasijalla numero 1.", waiting.status());
      String places = CoursePage.at(reviewer, course.address()).places();
      assertTrue(places.contains("1 varasijalla"), places);

      course.cancel();
      assertTrue(course.info().contains("peruttu"), course.info());
      assertEquals("Et ole ilmoittautunut tälle kurssille.", course.status());

      CoursePage moved = CoursePage.at(reviewer, course.address());
      assertEquals("Sinulla on paikka tällä kurssilla.", moved.status());
      assertEquals("Sinulla on paikka", MyCoursesPage.open(reviewer).statusOf(COURSE));
      fewerPlacesThanGivenRefused(course.address());
    }
  }

  /**
   * The organiser (an admin: the central unit's course) tries to cut the places below the 20 given:
   * the rule's message stands at the field, and nothing is saved.
   */
  private static void fewerPlacesThanGivenRefused(String courseAddress) {
    try (Browser admin = Browser.signedIn("admin")) {
      CourseEditPage editor = CourseEditPage.ofCourseAt(admin, courseAddress).places(10).save();
      String message = editor.messageAt("courseForm:capacity");
      assertTrue(message.contains("20"), message);
      assertTrue(editor.error().contains("20"), "the summary says it too: " + editor.error());
      assertEquals(
          String.valueOf(CAPACITY), CourseEditPage.ofCourseAt(admin, courseAddress).places());
    }
  }
}
