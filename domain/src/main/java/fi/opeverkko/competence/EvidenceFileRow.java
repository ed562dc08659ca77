package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDateTime;

/** An evidence file as its application lists it; the bytes come with {@link EvidenceDownload}. */
@Published
public record EvidenceFileRow(
    long id, String fileName, String contentType, long sizeBytes, LocalDateTime uploadedAt)
    implements Serializable {

  static EvidenceFileRow of(EvidenceFile file) {
    return new EvidenceFileRow(
        file.getId(),
        file.getFileName(),
        file.getContentType(),
        file.getSizeBytes(),
        file.getUploadedAt());
  }
}
