package fi.opeverkko.library;

import fi.opeverkko.platform.FileRules.CheckedFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A file attached to an item: its clean name, the type its content showed, its size. The bytes are
 * a {@link LibraryAttachmentContent} of their own, read only for a download.
 */
@Entity
@Table(name = "library_attachment")
public class LibraryAttachment {

  @Id
  @SequenceGenerator(
      name = "library_attachment_seq",
      sequenceName = "library_attachment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_attachment_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "item_id")
  private LibraryItem item;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Column(name = "uploaded_at")
  private LocalDateTime uploadedAt;

  protected LibraryAttachment() {}

  private LibraryAttachment(LibraryItem item, CheckedFile checked, LocalDateTime now) {
    this.item = item;
    this.fileName = checked.fileName();
    this.contentType = checked.contentType();
    this.sizeBytes = checked.content().length;
    this.uploadedAt = now;
  }

  /** Keeps a file that passed the file rules: its row, then its bytes apart under the same id. */
  static LibraryAttachment keep(
      EntityManager em, LibraryItem item, CheckedFile checked, LocalDateTime now) {
    LibraryAttachment attachment = new LibraryAttachment(item, checked, now);
    em.persist(attachment);
    em.flush();
    em.persist(new LibraryAttachmentContent(attachment.getId(), checked.content()));
    return attachment;
  }

  static LibraryAttachment existing(EntityManager em, Long id) {
    LibraryAttachment attachment = id == null ? null : em.find(LibraryAttachment.class, id);
    if (attachment == null) {
      throw new LibraryRuleException("library.noSuchFile");
    }
    return attachment;
  }

  AttachmentRow row() {
    return new AttachmentRow(id, fileName, contentType, sizeBytes);
  }

  public Long getId() {
    return id;
  }

  public LibraryItem getItem() {
    return item;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }
}
