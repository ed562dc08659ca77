package fi.opeverkko.web.common;

import fi.opeverkko.platform.SqlStatements;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;

/**
 * The benchmark's statements per page: counts the SQL statements of each request (the first filter
 * in web.xml, so sign-in and access checks count too) and keeps the count of the user's last
 * request in the session, where {@link SqlStatementsServlet} reads it. Does nothing unless the
 * server runs with {@code -Dopeverkko.sql.count=true}.
 */
public class SqlStatementsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String LAST_COUNT = "opeverkko.sqlStatements.last";
  static final String LAST_RUN = "opeverkko.sqlStatements.lastRun";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!SqlStatements.enabled() || request.getServletPath().equals(SqlStatementsServlet.PATH)) {
      chain.doFilter(request, response);
      return;
    }
    SqlStatements.reset();
    try {
      chain.doFilter(request, response);
    } finally {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.setAttribute(LAST_COUNT, SqlStatements.counted());
        session.setAttribute(LAST_RUN, new ArrayList<>(SqlStatements.run()));
      }
    }
  }
}
