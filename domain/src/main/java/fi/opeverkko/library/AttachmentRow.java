package fi.opeverkko.library;

import fi.opeverkko.platform.Published;
import java.io.Serializable;

/** An item's attached file as the item page lists it. */
@Published
public record AttachmentRow(Long id, String fileName, String contentType, long sizeBytes)
    implements Serializable {}
