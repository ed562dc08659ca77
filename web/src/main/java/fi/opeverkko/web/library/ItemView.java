package fi.opeverkko.web.library;

import fi.opeverkko.library.AttachmentRow;
import fi.opeverkko.library.ItemDetails;
import fi.opeverkko.library.LibraryLinks;
import fi.opeverkko.library.LibraryRuleException;
import fi.opeverkko.library.LibraryService;
import fi.opeverkko.network.TeamTopic;
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
import java.util.Set;

/**
 * A library item's page ({@code ?id=}): its texts in the reader's language, its licence, video and
 * files to download; its author and admins edit or withdraw it from here, and the expert teams
 * point their topics to it. Opening it counts a view.
 */
@Named
@ViewScoped
public class ItemView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private LibraryService library;
  @Inject private LanguageSwitch language;
  @Inject private Actions actions;
  @Inject private Texts texts;
  @Inject private LibraryLinks links;

  private Long itemId;
  private ItemDetails item;
  private List<TeamTopic> topics = List.of();
  private Long[] chosenTopics = {};

  public void load() throws IOException {
    if (itemId == null) {
      Responses.notFound();
      return;
    }
    try {
      item = library.open(itemId, language.getLocale());
      topics = item.withdrawn() ? List.of() : links.choosableTopics();
      chosenTopics = links.topicsOf(itemId).toArray(Long[]::new);
    } catch (LibraryRuleException unknown) {
      Responses.notFound();
    }
  }

  /** Withdraws the item; the reader goes back to the search. */
  public String withdraw() {
    return actions
        .call(
            () -> {
              library.withdraw(itemId);
              return "/library/items?faces-redirect=true";
            })
        .map(
            outcome -> {
              texts.flashInfo("library.withdrawn");
              return outcome;
            })
        .orElse(null);
  }

  /** Points the chosen topics of the user's teams to the item, and no others of them. */
  public void saveTopics() {
    actions.run(() -> links.setTopics(itemId, Set.of(chosenTopics)), "library.topicsSaved");
  }

  public String download(AttachmentRow file) {
    return LibraryFileServlet.path(file.id());
  }

  public Long getItemId() {
    return itemId;
  }

  public void setItemId(Long itemId) {
    this.itemId = itemId;
  }

  public List<TeamTopic> getTopics() {
    return topics;
  }

  public Long[] getChosenTopics() {
    return chosenTopics;
  }

  public void setChosenTopics(Long[] chosenTopics) {
    this.chosenTopics = chosenTopics;
  }

  public ItemDetails getItem() {
    return item;
  }
}
