package fi.opeverkko.library;

import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.FileRules;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;

/**
 * An item's life after publishing, one transaction each: reading it (a view counted), downloading
 * its files (a download counted), and its author's (or an admin's) edits, files and withdrawal.
 */
@Published
@Stateless
public class LibraryService {

  /** Files an item may carry: a practice with its materials, not an archive. */
  static final int MAX_FILES = 10;

  @PersistenceContext private EntityManager em;
  @Inject private LibraryAccess access;
  @Inject private LibraryUse use;
  @Inject private Clock clock;
  @Inject private Event<LibraryAudit> audited;
  @Inject private PracticePublishing publishing;

  /** The item for its page, counting the view; a withdrawn item only for its editors. */
  public ItemDetails open(@NotNull Long itemId, @NotNull Locale locale) {
    access.reader();
    LibraryItem item = LibraryItem.existing(em, itemId);
    boolean editable = access.edits(item);
    if (item.isWithdrawn() && !editable) {
      throw new LibraryRuleException("library.noSuchItem");
    }
    use.viewed(itemId, clock.today());
    List<AttachmentRow> files =
        em
            .createQuery(
                "SELECT a FROM LibraryAttachment a WHERE a.item = :item ORDER BY a.id",
                LibraryAttachment.class)
            .setParameter("item", item)
            .getResultList()
            .stream()
            .map(LibraryAttachment::row)
            .toList();
    return new ItemDetails(
        item.row(locale),
        item.summary(locale),
        item.getVideoUrl(),
        item.getLicence(),
        filesOf(item),
        item.isWithdrawn(),
        editable,
        item.getUpdatedAt());
  }

  /** The item's files as its form lists them: for its author and admins. */
  public List<AttachmentRow> attachmentsOf(@NotNull Long itemId) {
    LibraryItem item = LibraryItem.existing(em, itemId);
    access.requireEditorOf(item);
    return filesOf(item);
  }

  private List<AttachmentRow> filesOf(LibraryItem item) {
    return em
        .createQuery(
            "SELECT a FROM LibraryAttachment a WHERE a.item = :item ORDER BY a.id",
            LibraryAttachment.class)
        .setParameter("item", item)
        .getResultList()
        .stream()
        .map(LibraryAttachment::row)
        .toList();
  }

  /** Whether the signed-in user may publish in their own name: the form's link shows then. */
  public boolean mayPublish() {
    return access.mayPublish();
  }

  /** The item as its form edits it: for its author and admins. */
  public PracticeDraft draftOf(@NotNull Long itemId) {
    LibraryItem item = LibraryItem.existing(em, itemId);
    access.requireEditorOf(item);
    return item.draft();
  }

  /**
   * Publishes in the user's own name ({@link PracticePublishing#publish}) with the files, all or
   * nothing: a refused file leaves no item behind.
   *
   * @return the item's id
   */
  public Long publish(@NotNull PracticeDraft draft, @NotNull List<AttachmentUpload> files) {
    Long id = publishing.publish(draft);
    files.forEach(file -> attach(id, file));
    return id;
  }

  /** Saves the author's changes and the files added, all or nothing. */
  public void edit(
      @NotNull Long itemId, @NotNull PracticeDraft draft, @NotNull List<AttachmentUpload> files) {
    LibraryItem item = LibraryItem.existing(em, itemId);
    SignedInUser user = access.requireEditorOf(item);
    DraftRules.check(draft);
    item.write(draft, clock.now());
    audit(user, "EDIT_LIBRARY_ITEM", item);
    files.forEach(file -> attach(itemId, file));
  }

  /** The item is no longer found; its use and links stay. */
  public void withdraw(@NotNull Long itemId) {
    LibraryItem item = LibraryItem.existing(em, itemId);
    SignedInUser user = access.requireEditorOf(item);
    item.withdraw(clock.now());
    audit(user, "WITHDRAW_LIBRARY_ITEM", item);
  }

  /**
   * Attaches a file under the file rules of badge evidence ({@link FileRules}): at most ten
   * megabytes, a PDF, an image or an office document by its content, a clean name.
   *
   * @return the attachment's id
   */
  public Long attach(@NotNull Long itemId, @NotNull AttachmentUpload upload) {
    LibraryItem item = LibraryItem.existing(em, itemId);
    SignedInUser user = access.requireEditorOf(item);
    FileRules.CheckedFile checked = FileRules.check(upload.fileName(), upload.content());
    long files =
        em.createQuery("SELECT COUNT(a) FROM LibraryAttachment a WHERE a.item = :item", Long.class)
            .setParameter("item", item)
            .getSingleResult();
    if (files >= MAX_FILES) {
      throw new LibraryRuleException("library.tooManyFiles", MAX_FILES);
    }
    LibraryAttachment attachment = LibraryAttachment.keep(em, item, checked, clock.now());
    item.touch(clock.now());
    audit(user, "ATTACH_LIBRARY_FILE", item);
    return attachment.getId();
  }

  public void detach(@NotNull Long attachmentId) {
    LibraryAttachment attachment = LibraryAttachment.existing(em, attachmentId);
    LibraryItem item = attachment.getItem();
    SignedInUser user = access.requireEditorOf(item);
    em.remove(em.find(LibraryAttachmentContent.class, attachmentId));
    em.remove(attachment);
    item.touch(clock.now());
    audit(user, "DETACH_LIBRARY_FILE", item);
  }

  /** A file to download, counting the download: for every reader of the item. */
  public AttachmentDownload download(@NotNull Long attachmentId) {
    access.reader();
    LibraryAttachment attachment = LibraryAttachment.existing(em, attachmentId);
    LibraryItem item = attachment.getItem();
    if (item.isWithdrawn() && !access.edits(item)) {
      throw new LibraryRuleException("library.noSuchFile");
    }
    use.downloaded(item.getId(), clock.today());
    byte[] content = em.find(LibraryAttachmentContent.class, attachmentId).bytes();
    return new AttachmentDownload(attachment.getFileName(), attachment.getContentType(), content);
  }

  private void audit(SignedInUser user, String action, LibraryItem item) {
    audited.fire(new LibraryAudit(user.loginName(), action, item.getId()));
  }
}
