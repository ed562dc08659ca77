package fi.opeverkko.web.common;

import java.io.ByteArrayInputStream;
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
}
