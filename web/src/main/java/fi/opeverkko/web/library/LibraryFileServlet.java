package fi.opeverkko.web.library;

import fi.opeverkko.library.AttachmentDownload;
import fi.opeverkko.library.LibraryRuleException;
import fi.opeverkko.library.LibraryService;
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
 * A library item's file, {@code /library/files/<attachment>}: always saved, never shown, counted as
 * a download. Every signed-in reader may download; a file of a withdrawn item or an unknown one is
 * 404. A plain GET link, so it needs no view state.
 */
@WebServlet(urlPatterns = "/library/files/*")
public class LibraryFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern ID = Pattern.compile("/(\\d{1,18})");

  @Inject private LibraryService library;

  /** The address of a file, as the item's page links it. */
  static String path(long attachmentId) {
    return "/library/files/" + attachmentId;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher id = ID.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!id.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    AttachmentDownload file;
    try {
      file = library.download(Long.valueOf(id.group(1)));
    } catch (LibraryRuleException unknown) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Downloads.sendUploaded(response, file.fileName(), file.contentType(), file.content());
  }
}
