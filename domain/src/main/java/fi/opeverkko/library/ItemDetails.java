package fi.opeverkko.library;

import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An item as its page shows it, in the reader's language.
 *
 * @param editable whether the reader may edit or withdraw it (its author, an admin)
 */
@Published
public record ItemDetails(
    ItemRow row,
    String summary,
    String videoUrl,
    Licence licence,
    List<AttachmentRow> attachments,
    boolean withdrawn,
    boolean editable,
    LocalDateTime updatedAt)
    implements Serializable {

  public ItemDetails {
    attachments = List.copyOf(attachments);
  }
}
