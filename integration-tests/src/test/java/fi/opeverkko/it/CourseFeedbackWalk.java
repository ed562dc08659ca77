package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.CourseFeedbackPage;
import fi.opeverkko.it.pages.DiscussionPage;
import fi.opeverkko.platform.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The browser's part of {@link CourseFeedbackBrowserIT}, apart so that the container never loads
 * Selenium's classes: three participants answer from their home page, their average under 3.5 opens
 * the discussion, the team leader records it and closes it.
 */
final class CourseFeedbackWalk {

  /** The participants' ratings: an average of 2.3. */
  private static final List<Integer> RATINGS = List.of(2, 3, 2);

  private CourseFeedbackWalk() {}

  static void walk(String courseName) {
    for (int i = 0; i < RATINGS.size(); i++) {
      String login = CourseFeedbackBrowserIT.PARTICIPANTS.get(i);
      try (Browser participant = Browser.signedIn(login)) {
        CourseFeedbackPage page =
            CourseFeedbackPage.fromHome(participant, courseName)
                .give(RATINGS.get(i), "Liian paljon asiaa yhdelle päivälle.");
        String info = page.info();
        assertTrue(info.contains("Kiitos palautteestasi"), login + ": " + info);
      }
    }
    try (Browser leader = Browser.signedIn("team-leader")) {
      DiscussionPage discussion = DiscussionPage.fromList(leader, courseName);
      assertTrue(discussion.state().contains("Avoin"), discussion.state());
      assertTrue(discussion.average().startsWith("2,3"), discussion.average());
      discussion.record(LocalDate.now(Clock.NETWORK_ZONE), "Lähipäivän ohjelmaa kevennetään.");
      assertTrue(discussion.state().contains("Pidetty"), discussion.state());
      discussion.close();
      assertTrue(discussion.state().contains("Suljettu"), discussion.state());
      assertTrue(discussion.agreed().contains("kevennetään"), discussion.agreed());
    }
  }
}
