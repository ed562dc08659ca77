package fi.opeverkko.web.shell;

import fi.opeverkko.courses.CalendarSession;
import fi.opeverkko.courses.CourseCalendar;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.visits.CalendarEntry;
import fi.opeverkko.visits.CalendarFeeds;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The calendar feeds Outlook and Google Calendar subscribe to: {@code /feeds/<token>.ics}. The
 * secret token is the only key (calendar apps cannot sign in); an unknown or revoked one gets 404.
 * Read-only, so no state-changing endpoint sits outside Faces' protection.
 *
 * <p>A person's own feed shows their training visits (visits owns the tokens and renders the feed)
 * and the sessions of the courses they have a place on (courses). Visits may not use courses, so
 * the two meet here, in the web shell, which may use every context's face.
 */
@WebServlet(urlPatterns = "/feeds/*")
public class CalendarFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Locale FINNISH = Locale.forLanguageTag("fi");

  @Inject private CalendarFeeds feeds;
  @Inject private CourseCalendar courses;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String token = path.replaceFirst("^/", "").replaceFirst("\\.ics$", "");
    Optional<String> feed =
        token.matches("[A-Za-z0-9_-]{20,64}")
            ? feeds.feed(token, this::courseSessions)
            : Optional.empty();
    if (feed.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/calendar; charset=UTF-8");
    response.setHeader("Cache-Control", "private, max-age=300");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private List<CalendarEntry> courseSessions(
      Long personId, LocalDateTime from, LocalDateTime until) {
    return courses.sessionsOf(personId, from, until).stream()
        .map(CalendarFeedServlet::entry)
        .toList();
  }

  /** A session's event: one per course and start, so a course's edit keeps a session in place. */
  private static CalendarEntry entry(CalendarSession session) {
    return new CalendarEntry(
        "course-" + session.courseId() + "-" + session.startsAt() + "@opeverkko",
        0,
        session.startsAt().atZone(Clock.NETWORK_ZONE),
        session.endsAt().atZone(Clock.NETWORK_ZONE),
        session.courseName().in(FINNISH),
        session.place(),
        null,
        session.cancelled(),
        session.signedUpAt().atZone(Clock.NETWORK_ZONE).toInstant());
  }
}
