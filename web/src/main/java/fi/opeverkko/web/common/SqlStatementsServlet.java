package fi.opeverkko.web.common;

import fi.opeverkko.platform.SqlStatements;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;

/**
 * Answers how many SQL statements the signed-in user's previous request ran (plain text), for the
 * benchmark, or with {@code ?list} the statements themselves, one per line; 404 unless the server
 * counts them ({@code -Dopeverkko.sql.count=true}).
 */
@WebServlet(SqlStatementsServlet.PATH)
public class SqlStatementsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String PATH = "/sql-statements";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    Object last = session == null ? null : session.getAttribute(SqlStatementsFilter.LAST_COUNT);
    if (!SqlStatements.enabled() || last == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/plain");
    response.setHeader("Cache-Control", "no-store");
    if (request.getParameter("list") == null) {
      response.getWriter().print(last);
    } else {
      for (Object statement : (List<?>) session.getAttribute(SqlStatementsFilter.LAST_RUN)) {
        response.getWriter().println(statement);
      }
    }
  }
}
