package fi.opeverkko.library;

import fi.opeverkko.platform.Published;

/**
 * A file a publisher attaches, as the browser sent it: the name is only a hint, the content decides
 * what the file is ({@link fi.opeverkko.platform.FileRules}).
 */
@Published
public record AttachmentUpload(String fileName, byte[] content) {}
