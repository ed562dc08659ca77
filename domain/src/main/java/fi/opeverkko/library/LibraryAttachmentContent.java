package fi.opeverkko.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, apart so that listing an item's files never reads them. */
@Entity
@Table(name = "library_attachment_content")
public class LibraryAttachmentContent {

  @Id
  @Column(name = "attachment_id")
  private Long attachmentId;

  private byte[] content;

  protected LibraryAttachmentContent() {}

  LibraryAttachmentContent(Long attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content.clone();
  }

  byte[] bytes() {
    return content.clone();
  }
}
