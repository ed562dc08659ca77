package fi.opeverkko.web.library;

import fi.opeverkko.library.ItemRow;
import fi.opeverkko.library.LibraryQueries;
import fi.opeverkko.web.i18n.LanguageSwitch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page's small library panel: the newest items and the most viewed of 90 days. */
@Named
@RequestScoped
public class LibraryPanel {

  static final int SHOWN = 5;

  @Inject private LibraryQueries queries;
  @Inject private LanguageSwitch language;

  private List<ItemRow> recent;
  private List<ItemRow> popular;

  public List<ItemRow> getRecent() {
    if (recent == null) {
      recent = queries.recent(language.getLocale(), SHOWN);
    }
    return recent;
  }

  public List<ItemRow> getPopular() {
    if (popular == null) {
      popular = queries.popular(language.getLocale(), SHOWN);
    }
    return popular;
  }
}
