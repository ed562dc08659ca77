package fi.opeverkko.web.reporting;

import fi.opeverkko.platform.RuleException;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.reporting.IndicatorPacks;
import fi.opeverkko.reporting.PackRow;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * The network's indicator packs for a scheduled run, without a browser: {@code bin/portal pack
 * <year>} signs in as the Keycloak client {@code opeverkko-cli} (its service account holds the
 * admin role) and sends its bearer token. {@code POST /reporting/packs?year=2025} asks for the
 * packs of the school year starting then, as the dashboard's button does (a pack under way or built
 * is not built again); {@code GET} tells how far they are. The answer is plain text, a line per
 * pack: language, state, progress in percent, and the failure when it failed. Admins only ({@code
 * Page.INDICATOR_PACKS}, and the service).
 */
@WebServlet("/reporting/packs")
public class PackServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient IndicatorPacks packs;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SchoolYear year = year(request, response);
    if (year != null) {
      write(response, packs.packs(null), year);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SchoolYear year = year(request, response);
    if (year == null) {
      return;
    }
    try {
      write(response, packs.request(year, null), year);
    } catch (RuleException refused) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, refused.messageKey());
    }
  }

  /** The school year asked for, or null after answering 400 to a missing or malformed one. */
  private static SchoolYear year(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      return new SchoolYear(Integer.parseInt(request.getParameter("year")));
    } catch (IllegalArgumentException malformed) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "year=<first calendar year>");
      return null;
    }
  }

  private static void write(HttpServletResponse response, List<PackRow> rows, SchoolYear year)
      throws IOException {
    response.setContentType("text/plain; charset=UTF-8");
    PrintWriter out = response.getWriter();
    for (PackRow pack : rows) {
      if (pack.year().equals(year)) {
        out.printf(
            "%s %s %d%s%n",
            pack.language(),
            pack.state(),
            pack.progress(),
            pack.failure() == null ? "" : " " + pack.failure());
      }
    }
  }
}
