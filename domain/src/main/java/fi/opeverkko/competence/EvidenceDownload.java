package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;

/**
 * An evidence file to send to a reader: only ever as a download ({@code Content-Disposition:
 * attachment}, {@code X-Content-Type-Options: nosniff}), under its clean name and the type its
 * content showed.
 */
@Published
public record EvidenceDownload(String fileName, String contentType, byte[] content) {}
