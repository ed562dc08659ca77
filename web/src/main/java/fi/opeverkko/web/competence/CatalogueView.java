package fi.opeverkko.web.competence;

import fi.opeverkko.competence.BadgeRow;
import fi.opeverkko.competence.CatalogueService;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The badge catalogue: everyone reads the badges in force; its keepers (admins and the granting
 * community) also see the retired ones, add badges, change them (changed criteria or evidence make
 * a new version) and retire them.
 */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CatalogueService catalogue;
  @Inject private Actions actions;
  @Inject private Texts texts;

  private boolean keeper;
  private List<BadgeRow> badges;

  /** The badge being added or changed, or null while the form is closed. */
  private BadgeForm form;

  public void load() {
    keeper = catalogue.mayKeep();
    badges = catalogue.catalogue(keeper);
  }

  public void add() {
    form = new BadgeForm();
  }

  public void edit(BadgeRow badge) {
    form = BadgeForm.of(badge);
  }

  public void save() {
    boolean done =
        form.getId() == null
            ? actions.run(() -> catalogue.create(form.details()), "catalogue.added")
            : actions
                .call(() -> catalogue.revise(form.getId(), form.details()))
                .map(
                    version -> {
                      texts.info("catalogue.revised", version);
                      return version;
                    })
                .isPresent();
    if (done) {
      form = null;
      load();
    }
  }

  public void retire(BadgeRow badge) {
    if (actions.run(() -> catalogue.retire(badge.id()), "catalogue.retired")) {
      load();
    }
  }

  public void cancel() {
    form = null;
  }

  public boolean isKeeper() {
    return keeper;
  }

  public List<BadgeRow> getBadges() {
    return badges;
  }

  public BadgeForm getForm() {
    return form;
  }
}
