package fi.opeverkko.web.competence;

import fi.opeverkko.competence.ApplicationQueries;
import fi.opeverkko.competence.ApplicationRow;
import fi.opeverkko.competence.ApplicationService;
import fi.opeverkko.competence.BadgeRow;
import fi.opeverkko.competence.CompetenceOf;
import fi.opeverkko.competence.LevelService;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.PagedModel;
import fi.opeverkko.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * A teacher's own badges: those granted with the criteria version, the levels, one page of the
 * applications, and a new application with its evidence, sent at once.
 */
@Named
@ViewScoped
public class ApplicationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApplicationQueries queries;
  @Inject private ApplicationService applications;
  @Inject private LevelService levels;
  @Inject private Actions actions;
  @Inject private Texts texts;

  private CompetenceOf competence;
  private List<BadgeRow> applicable;
  private Long badgeId;
  private final EvidenceForm evidence = new EvidenceForm();

  private final LazyDataModel<ApplicationRow> rows =
      new PagedModel<>(
          () -> queries.countMine(),
          (first, size) -> queries.mine(first, size),
          ApplicationRow::id);

  @PostConstruct
  void load() {
    competence = levels.mine();
    applicable = queries.applicable();
  }

  /** Sends the application; on a refusal the teacher stays with what they typed. */
  public String send() {
    if (badgeId == null) {
      texts.errorKey("competence.chooseBadge");
      return null;
    }
    return actions
        .call(() -> applications.apply(badgeId, evidence.details(), evidence.uploads()))
        .map(
            id -> {
              texts.flashInfo("competence.sent");
              return "/competence/application?faces-redirect=true&id=" + id;
            })
        .orElse(null);
  }

  /** The badge chosen, to show its criteria and the evidence it asks for; null before a choice. */
  public BadgeRow getChosen() {
    return applicable.stream().filter(b -> b.id() == badgeIdOrZero()).findFirst().orElse(null);
  }

  private long badgeIdOrZero() {
    return badgeId == null ? 0 : badgeId;
  }

  public CompetenceOf getCompetence() {
    return competence;
  }

  public List<BadgeRow> getApplicable() {
    return applicable;
  }

  public LazyDataModel<ApplicationRow> getRows() {
    return rows;
  }

  public Long getBadgeId() {
    return badgeId;
  }

  public void setBadgeId(Long badgeId) {
    this.badgeId = badgeId;
  }

  public EvidenceForm getEvidence() {
    return evidence;
  }
}
