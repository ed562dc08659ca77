package fi.opeverkko.library;

import fi.opeverkko.platform.Published;

/**
 * An attachment to send to a reader: only ever as a download ({@code Content-Disposition:
 * attachment}, {@code X-Content-Type-Options: nosniff}), under its clean name and the type its
 * content showed.
 */
@Published
public record AttachmentDownload(String fileName, String contentType, byte[] content) {}
