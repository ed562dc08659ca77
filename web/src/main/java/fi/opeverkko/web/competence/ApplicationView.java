package fi.opeverkko.web.competence;

import fi.opeverkko.competence.ApplicationAction;
import fi.opeverkko.competence.ApplicationPage;
import fi.opeverkko.competence.ApplicationQueries;
import fi.opeverkko.competence.ApplicationService;
import fi.opeverkko.competence.ApplicationStep;
import fi.opeverkko.competence.CompetenceRuleException;
import fi.opeverkko.competence.EvidenceFileRow;
import fi.opeverkko.library.ItemReference;
import fi.opeverkko.library.ItemRow;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.Responses;
import fi.opeverkko.web.i18n.LanguageSwitch;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * A badge application's page: where it stands, the evidence with its files to download, the whole
 * history; the teacher adds evidence and sends it back when asked for more, the reviewer given it
 * grants, asks for more or declines. The service checks every step again.
 */
@Named
@ViewScoped
public class ApplicationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApplicationQueries queries;
  @Inject private ApplicationService applications;
  @Inject private Actions actions;
  @Inject private Texts texts;
  @Inject private LanguageSwitch language;

  private Long applicationId;
  private ApplicationPage page;
  private List<ItemRow> libraryItems = List.of();
  private String libraryItem;
  private final EvidenceForm evidence = new EvidenceForm();
  private String comment;

  public void load() throws IOException {
    if (applicationId == null) {
      Responses.notFound();
      return;
    }
    try {
      page = queries.application(applicationId);
    } catch (CompetenceRuleException noSuchApplication) {
      Responses.notFound();
      return;
    }
    libraryItems = queries.citedLibraryItems(applicationId, language.getLocale());
    if (page.mayChangeEvidence()) {
      evidence.startFrom(page.description(), page.links());
    }
  }

  /** Cites the library item the teacher named by its page's address or its number. */
  public void cite() {
    Long itemId = ItemReference.idIn(libraryItem).orElse(null);
    if (itemId == null) {
      texts.errorKey("competence.noSuchLibraryItem");
      return;
    }
    if (actions.run(
        () -> applications.citeLibraryItem(applicationId, itemId), "competence.libraryItemCited")) {
      libraryItem = null;
      libraryItems = queries.citedLibraryItems(applicationId, language.getLocale());
    }
  }

  public void uncite(ItemRow item) {
    if (actions.run(
        () -> applications.unciteLibraryItem(applicationId, item.id()),
        "competence.libraryItemUncited")) {
      libraryItems = queries.citedLibraryItems(applicationId, language.getLocale());
    }
  }

  /**
   * The teacher sends it (back) with the evidence as it now stands, then sees it afresh at its own
   * address (the form was a full post, with files).
   */
  public String resend() {
    return actions
        .call(
            () -> {
              applications.resubmit(applicationId, evidence.details(), evidence.uploads());
              return applicationId;
            })
        .map(
            id -> {
              texts.flashInfo("competence.sent");
              return "/competence/application?faces-redirect=true&id=" + id;
            })
        .orElse(null);
  }

  public void grant() throws IOException {
    step(() -> applications.grant(applicationId), "competence.granted");
  }

  public void askMore() throws IOException {
    step(() -> applications.askMore(applicationId, comment), "competence.moreAsked");
  }

  public void decline() throws IOException {
    step(() -> applications.decline(applicationId, comment), "competence.declined");
  }

  /** One step of the application's life; the page shows the outcome or what was wrong. */
  private void step(Runnable action, String doneKey) throws IOException {
    if (actions.run(action, doneKey)) {
      comment = null;
      load();
    }
  }

  public boolean may(String action) {
    return page != null && page.actions().contains(ApplicationAction.valueOf(action));
  }

  /** What the reviewer last asked for, while the teacher is to answer it; null otherwise. */
  public String getAskedFor() {
    if (page == null || !may("RESUBMIT")) {
      return null;
    }
    List<ApplicationStep> history = page.history();
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).action() == ApplicationAction.ASK_MORE) {
        return history.get(i).comment();
      }
    }
    return null;
  }

  /** The file's download address, below the portal's context path. */
  public String download(EvidenceFileRow file) {
    return EvidenceServlet.path(applicationId, file.id());
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public void setApplicationId(Long applicationId) {
    this.applicationId = applicationId;
  }

  public ApplicationPage getPage() {
    return page;
  }

  public List<ItemRow> getLibraryItems() {
    return libraryItems;
  }

  public String getLibraryItem() {
    return libraryItem;
  }

  public void setLibraryItem(String libraryItem) {
    this.libraryItem = libraryItem;
  }

  public EvidenceForm getEvidence() {
    return evidence;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
