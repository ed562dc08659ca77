package fi.opeverkko.web.competence;

import fi.opeverkko.competence.BadgeRow;
import fi.opeverkko.competence.CatalogueService;
import fi.opeverkko.competence.DevelopmentPlanDetails;
import fi.opeverkko.competence.DevelopmentPlanRow;
import fi.opeverkko.competence.DevelopmentPlanService;
import fi.opeverkko.competence.DevelopmentWay;
import fi.opeverkko.competence.Level;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.YearChoice;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A teacher's own development plan for the current or the next school year, and the development
 * discussion in which their principal agreed it.
 */
@Named
@ViewScoped
public class DevelopmentPlanView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DevelopmentPlanService plans;
  @Inject private CatalogueService catalogue;
  @Inject private Actions actions;

  @Inject private YearChoice year;
  private DevelopmentPlanRow plan;
  private List<BadgeRow> badges;
  private Level targetLevel;
  private Long[] targetBadges = {};
  private DevelopmentWay[] ways = {};
  private String description;

  public void load() {
    year.settle();
    badges = catalogue.catalogue(false);
    plan = plans.mine(year.getSchoolYear());
    if (plan != null) {
      targetLevel = plan.targetLevel();
      targetBadges = plan.targetBadgeIds().toArray(Long[]::new);
      ways = plan.ways().toArray(DevelopmentWay[]::new);
      description = plan.description();
    }
  }

  public void save() {
    if (actions.run(
        () ->
            plans.saveMine(
                year.getSchoolYear(),
                new DevelopmentPlanDetails(
                    targetLevel, setOf(targetBadges), setOf(ways), description)),
        "devPlan.saved",
        year.getSchoolYear().label())) {
      load();
    }
  }

  /** What was ticked; nothing when the browser sent no box at all. */
  private static <T> Set<T> setOf(T[] ticked) {
    return ticked == null ? Set.of() : Set.of(ticked);
  }

  public YearChoice getYear() {
    return year;
  }

  public DevelopmentWay[] getAllWays() {
    return DevelopmentWay.values();
  }

  /** The plan as saved, or null before the first save. */
  public DevelopmentPlanRow getPlan() {
    return plan;
  }

  public List<BadgeRow> getBadges() {
    return badges;
  }

  public Level getTargetLevel() {
    return targetLevel;
  }

  public void setTargetLevel(Level targetLevel) {
    this.targetLevel = targetLevel;
  }

  public Long[] getTargetBadges() {
    return targetBadges;
  }

  public void setTargetBadges(Long[] targetBadges) {
    this.targetBadges = targetBadges;
  }

  public DevelopmentWay[] getWays() {
    return ways;
  }

  public void setWays(DevelopmentWay[] ways) {
    this.ways = ways;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
