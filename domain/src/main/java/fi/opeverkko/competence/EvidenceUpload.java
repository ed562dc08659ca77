package fi.opeverkko.competence;

import fi.opeverkko.platform.FileRules;
import fi.opeverkko.platform.Published;

/**
 * A file a teacher uploads as evidence, as the browser sent it: the name is only a hint, the
 * content decides what the file is ({@link FileRules}).
 */
@Published
public record EvidenceUpload(String fileName, byte[] content) {

  public static final int MAX_BYTES = FileRules.MAX_BYTES;
}
