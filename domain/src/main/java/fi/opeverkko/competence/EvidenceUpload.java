package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;

/**
 * A file a teacher uploads as evidence, as the browser sent it: the name is only a hint, the
 * content decides what the file is ({@link EvidenceType}).
 */
@Published
public record EvidenceUpload(String fileName, byte[] content) {

  /** Ten megabytes: a scanned certificate or a few photos of pupils' work fit in one file. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;
}
