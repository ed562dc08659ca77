package fi.opeverkko.web.competence;

import fi.opeverkko.competence.ApplicationQueries;
import fi.opeverkko.competence.CompetenceRuleException;
import fi.opeverkko.competence.EvidenceDownload;
import fi.opeverkko.web.common.Downloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An evidence file, {@code /competence/evidence/<application>/<file>}: always saved, never shown in
 * the browser (a file that passed as a PDF must not run as a page of the portal), under its clean
 * name. The service decides who may read it (the applicant, the reviewer given it, admins); a
 * refusal becomes 403 in the access filter, an unknown application or file 404. A plain GET link,
 * read-only, so it needs no view state.
 */
@WebServlet(urlPatterns = "/competence/evidence/*")
public class EvidenceServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern IDS = Pattern.compile("/(\\d{1,18})/(\\d{1,18})");

  @Inject private ApplicationQueries queries;

  /** The address of a file, as the application's page links it. */
  static String path(long applicationId, long fileId) {
    return "/competence/evidence/" + applicationId + "/" + fileId;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher ids = IDS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!ids.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    EvidenceDownload file;
    try {
      file = queries.file(Long.valueOf(ids.group(1)), Long.valueOf(ids.group(2)));
    } catch (CompetenceRuleException unknown) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Downloads.sendUploaded(response, file.fileName(), file.contentType(), file.content());
  }
}
