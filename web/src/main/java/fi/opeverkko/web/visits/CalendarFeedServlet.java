package fi.opeverkko.web.visits;

import fi.opeverkko.visits.CalendarFeeds;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The calendar feeds Outlook and Google Calendar subscribe to: {@code /feeds/<token>.ics}. The
 * secret token is the only key (calendar apps cannot sign in); an unknown or revoked one gets 404.
 * Read-only, so no state-changing endpoint sits outside Faces' protection.
 */
@WebServlet(urlPatterns = "/feeds/*")
public class CalendarFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CalendarFeeds feeds;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String token = path.replaceFirst("^/", "").replaceFirst("\\.ics$", "");
    Optional<String> feed =
        token.matches("[A-Za-z0-9_-]{20,64}") ? feeds.feed(token) : Optional.empty();
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
}
