package fi.opeverkko.web.common;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Files the pages hand to the browser to save. */
public final class Downloads {

  private Downloads() {}

  /** A CSV file made by a service, for Excel. */
  public static StreamedContent csv(String fileName, byte[] csv) {
    return DefaultStreamedContent.builder()
        .name(fileName)
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) csv.length)
        .stream(() -> new ByteArrayInputStream(csv))
        .build();
  }
}
