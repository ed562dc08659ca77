package fi.opeverkko.web.common;

import fi.opeverkko.platform.SqlStatements;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Set;

/**
 * How big the signed-in user's HTTP session is, in bytes serialized (what a cluster node ships to
 * the other, and a fair measure of what it holds in memory): the total, or with {@code ?list} each
 * attribute's size, one per line. Measured by the benchmark and the tests; 404 unless the server
 * runs in the measuring mode ({@code -Dopeverkko.sql.count=true}). The measurement's own attributes
 * (the last request's statements) are left out.
 */
@WebServlet("/session-size")
public class SessionSizeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Set<String> MEASUREMENT =
      Set.of(SqlStatementsFilter.LAST_COUNT, SqlStatementsFilter.LAST_RUN);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    if (!SqlStatements.enabled() || session == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/plain");
    response.setHeader("Cache-Control", "no-store");
    long total = 0;
    StringBuilder list = new StringBuilder();
    for (String name : Collections.list(session.getAttributeNames())) {
      if (MEASUREMENT.contains(name)) {
        continue;
      }
      long size;
      try {
        size = serializedSize(session.getAttribute(name));
      } catch (NotSerializableException e) {
        // Told, not skipped: a session that cannot be serialized cannot be replicated either.
        response.sendError(
            HttpServletResponse.SC_CONFLICT,
            name + " holds a " + e.getMessage() + ", not serializable");
        return;
      }
      total += size;
      list.append(name).append(' ').append(size).append('\n');
    }
    response.getWriter().print(request.getParameter("list") == null ? total : list);
  }

  private static long serializedSize(Object value) throws IOException {
    CountingStream counter = new CountingStream();
    try (ObjectOutputStream out = new ObjectOutputStream(counter)) {
      out.writeObject(value);
    }
    return counter.count;
  }

  private static final class CountingStream extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      count += length;
    }
  }
}
