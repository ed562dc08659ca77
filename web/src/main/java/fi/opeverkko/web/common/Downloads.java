package fi.opeverkko.web.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Files the pages hand to the browser to save. */
public final class Downloads {

  private Downloads() {}

  /** A CSV file made by a service, for Excel. */
  public static StreamedContent csv(String fileName, byte[] csv) {
    return file(fileName, "text/csv; charset=UTF-8", csv);
  }

  /** A file of the type given (an XLSX workbook, a PDF) made by a service. */
  public static StreamedContent file(String fileName, String contentType, byte[] content) {
    return DefaultStreamedContent.builder()
        .name(fileName)
        .contentType(contentType)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  /**
   * Sends a file a user uploaded (badge evidence, a library attachment) as a download only, never
   * shown in the browser (a file that passed as a PDF must not run as a page of the portal): its
   * clean name, the type its content showed, no sniffing, no caching.
   */
  public static void sendUploaded(
      HttpServletResponse response, String cleanName, String contentType, byte[] content)
      throws IOException {
    response.setContentType(contentType);
    response.setHeader("Content-Disposition", attachment(cleanName));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }

  /**
   * The header that makes it a download: the clean name (letters, digits, {@code ._() -}) with any
   * non-ASCII letter as RFC 6266's {@code filename*}, an ASCII one for older browsers.
   */
  public static String attachment(String cleanName) {
    String ascii = cleanName.replaceAll("[^A-Za-z0-9._() -]", "_");
    String encoded = URLEncoder.encode(cleanName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
