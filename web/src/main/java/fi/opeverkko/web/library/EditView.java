package fi.opeverkko.web.library;

import fi.opeverkko.library.AttachmentRow;
import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.library.LibraryRuleException;
import fi.opeverkko.library.LibraryService;
import fi.opeverkko.library.Licence;
import fi.opeverkko.library.PracticeKind;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.Responses;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The publisher's form: a new item (expert teams, coordinators, admins) or one of theirs ({@code
 * ?id=}, its author or an admin) with its files. A rule the item breaks is shown at the field it is
 * about and nothing is saved, files included.
 */
@Named
@ViewScoped
public class EditView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "itemForm:";

  /** The field each of the item's rules is about; the others are the form's. */
  private static final Map<String, String> FIELD_OF_RULE =
      Map.ofEntries(
          Map.entry("library.titleRequired", FORM + "texts:0:title"),
          Map.entry("library.titleTooLong", FORM + "texts:0:title"),
          Map.entry("library.summaryRequired", FORM + "texts:0:summary"),
          Map.entry("library.summaryTooLong", FORM + "texts:0:summary"),
          Map.entry("library.kindRequired", FORM + "kind"),
          Map.entry("library.areaRequired", FORM + "area"),
          Map.entry("library.licenceRequired", FORM + "licence"),
          Map.entry("library.videoRequired", FORM + "videoUrl"),
          Map.entry("library.videoHttps", FORM + "videoUrl"),
          Map.entry("library.freeTextTooLong", FORM + "subject"),
          Map.entry("file.empty", FORM + "files"),
          Map.entry("file.tooLarge", FORM + "files"),
          Map.entry("file.type", FORM + "files"),
          Map.entry("library.tooManyFiles", FORM + "files"));

  @Inject private LibraryService library;
  @Inject private Actions actions;
  @Inject private Texts texts;

  private Long itemId;
  private ItemForm form;
  private List<AttachmentRow> attachments = List.of();

  /** Reads the item to change (refusing whoever may not) or starts a new one (publishers only). */
  public void load() throws IOException {
    if (itemId == null) {
      if (!library.mayPublish()) {
        Responses.forbidden();
        return;
      }
      form = new ItemForm();
      return;
    }
    try {
      form = ItemForm.of(library.draftOf(itemId));
      attachments = library.attachmentsOf(itemId);
    } catch (LibraryRuleException unknown) {
      Responses.notFound();
    }
  }

  /** Saves with the files picked; the item opens on its own page. */
  public String save() {
    return actions
        .call(
            () -> {
              if (itemId == null) {
                return library.publish(form.draft(), form.uploads());
              }
              library.edit(itemId, form.draft(), form.uploads());
              return itemId;
            },
            FIELD_OF_RULE::get)
        .map(
            saved -> {
              texts.flashInfo(itemId == null ? "library.publishedNow" : "library.saved");
              return "/library/item?faces-redirect=true&id=" + saved;
            })
        .orElse(null);
  }

  /** Takes a file off the item at once. */
  public void detach(AttachmentRow file) {
    if (actions.run(() -> library.detach(file.id()), "library.fileRemoved")) {
      attachments = library.attachmentsOf(itemId);
    }
  }

  public DevelopmentArea[] getAreas() {
    return DevelopmentArea.values();
  }

  public PracticeKind[] getKinds() {
    return PracticeKind.values();
  }

  public Licence[] getLicences() {
    return Licence.values();
  }

  public List<Integer> getLevels() {
    return List.of(1, 2, 3);
  }

  public SchoolType[] getSchoolTypes() {
    return SchoolType.values();
  }

  public List<AttachmentRow> getAttachments() {
    return attachments;
  }

  public ItemForm getForm() {
    return form;
  }

  public Long getItemId() {
    return itemId;
  }

  public void setItemId(Long itemId) {
    this.itemId = itemId;
  }
}
