package fi.opeverkko.web.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A form post with a file larger than the container reads (web.xml's {@code multipart-config})
 * cannot be read at all, so no page can answer it, not even the error page: the browser showed its
 * own empty "HTTP 500". The user is sent back to the page the form was on, which says why ({@link
 * OversizedUploadListener}); nothing of the post is saved. The file fields refuse such a file
 * before it is sent (file-limits.js), so this is for a browser that did not.
 */
@WebFilter(filterName = "oversizedUploadFilter", servletNames = "Faces Servlet")
public class OversizedUploadFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The session's note that the last post was refused, for the next page to say so. */
  static final String REFUSED = OversizedUploadFilter.class.getName() + ".refused";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isMultipartPost(request)) {
      // The parts are read here, before Faces would set the encoding: the portal's forms are UTF-8.
      if (request.getCharacterEncoding() == null) {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
      }
      try {
        request.getParts();
      } catch (IllegalStateException tooLarge) {
        request.getSession().setAttribute(REFUSED, Boolean.TRUE);
        response.sendRedirect(pageOfTheForm(request));
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean isMultipartPost(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && Objects.toString(request.getContentType(), "").startsWith("multipart/form-data");
  }

  /**
   * The address the form was shown at, with its parameters (a form posts to its page without them):
   * the referrer when it is the portal's own, else the page posted to.
   */
  private static String pageOfTheForm(HttpServletRequest request) {
    String origin =
        request
            .getRequestURL()
            .substring(0, request.getRequestURL().indexOf(request.getRequestURI()));
    String referrer = request.getHeader("Referer");
    return referrer != null && referrer.startsWith(origin + request.getContextPath() + "/")
        ? referrer
        : request.getRequestURI();
  }
}
